package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Optional;

/**
 * Immigration documents printed under "DOKUMEN IMIGRASI": passport (column 14) and KITAS/KITAP
 * (column 15). Required for a WNA member; usually empty for WNI.
 */
@Embeddable
public class DokumenImigrasi implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_LENGTH = 30;

  @Column(name = "no_paspor", length = MAX_LENGTH)
  private String noPaspor;

  @Column(name = "no_kitas_kitap", length = MAX_LENGTH)
  private String noKitasKitap;

  protected DokumenImigrasi() {
    // for JPA
  }

  public DokumenImigrasi(String noPaspor, String noKitasKitap) {
    this.noPaspor = Texts.documentNumber(noPaspor, "dokumenImigrasi.noPaspor", MAX_LENGTH);
    this.noKitasKitap = Texts.documentNumber(noKitasKitap, "dokumenImigrasi.noKitasKitap", MAX_LENGTH);
  }

  public static DokumenImigrasi tidakAda() {
    return new DokumenImigrasi(null, null);
  }

  public Optional<String> noPaspor() {
    return Optional.ofNullable(noPaspor);
  }

  public Optional<String> noKitasKitap() {
    return Optional.ofNullable(noKitasKitap);
  }

  String canonical() {
    return noPaspor + "," + noKitasKitap;
  }
}
