package id.dukcapilceria.kk.domain.pejabat;

import java.util.Objects;

/**
 * The official printed under the signature of a card: their capacity, name and NIP (Nomor Induk
 * Pegawai; a demo official may have a placeholder).
 */
public record SigningOfficial(Capacity capacity, String name, String nip) {

  public SigningOfficial {
    Objects.requireNonNull(capacity, "capacity");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The signing official needs a name");
    }
    name = name.strip();
    nip = nip == null ? "" : nip.strip();
  }

  /** The head of office in person. */
  public static SigningOfficial head(String name, String nip) {
    return new SigningOfficial(Capacity.HEAD, name, nip);
  }

  public boolean isActing() {
    return capacity != Capacity.HEAD;
  }
}
