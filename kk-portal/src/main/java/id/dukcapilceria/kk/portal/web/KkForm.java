package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the nagari operator types, as text, until it is turned into the domain's objects. The
 * domain's value objects decide what is valid; this class only collects every refusal with the row
 * it belongs to, so the operator sees all problems at once and nothing typed is lost.
 */
public class KkForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String alamat;
  private String rt;
  private String rw;
  private String kodePos;
  private final List<MemberRow> members = new ArrayList<>();

  public KkForm() {
    members.add(new MemberRow(StatusHubunganDalamKeluarga.KEPALA_KELUARGA));
  }

  /** Fills the form from stored data, for corrections. */
  public static KkForm of(KartuKeluarga kk) {
    KkForm form = new KkForm();
    form.alamat = kk.alamat().jalan();
    form.rt = kk.alamat().rtRw().rt();
    form.rw = kk.alamat().rtRw().rw();
    form.kodePos = kk.alamat().kodePos();
    form.members.clear();
    for (AnggotaKeluarga a : kk.anggota()) {
      MemberRow row = new MemberRow(a.hubungan());
      row.setNik(a.nik().value());
      row.setNamaLengkap(a.namaLengkap());
      row.setJenisKelamin(a.jenisKelamin());
      row.setTempatLahir(a.tempatLahir());
      row.setTanggalLahir(a.tanggalLahir());
      form.members.add(row);
    }
    return form;
  }

  public void addMember() {
    members.add(new MemberRow(StatusHubunganDalamKeluarga.ANAK));
  }

  public void removeMember(MemberRow row) {
    if (members.size() > 1) {
      members.remove(row);
    }
  }

  public Alamat toAlamat(KodeWilayah nagari) {
    List<String> errors = new ArrayList<>();
    Alamat result = collect(errors, "", () -> new Alamat(alamat, RtRw.of(rt, rw), nagari, kodePos));
    if (!errors.isEmpty()) {
      throw new FormErrors(errors);
    }
    return result;
  }

  public List<AnggotaKeluarga> toAnggota() {
    List<String> errors = new ArrayList<>();
    List<AnggotaKeluarga> result = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      MemberRow row = members.get(i);
      String prefix = Texts.get("form.memberPrefix", i + 1);
      Nik nik = collect(errors, prefix, () -> Nik.of(row.getNik()));
      if (nik != null) {
        AnggotaKeluarga member =
            collect(
                errors,
                prefix,
                () ->
                    new AnggotaKeluarga(
                        nik,
                        row.getNamaLengkap(),
                        row.getJenisKelamin(),
                        row.getTempatLahir(),
                        row.getTanggalLahir(),
                        row.getHubungan()));
        if (member != null) {
          result.add(member);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new FormErrors(errors);
    }
    return result;
  }

  public KartuKeluarga toKartuKeluarga(KodeWilayah nagari) {
    List<String> errors = new ArrayList<>();
    Alamat a = collect(errors, "", () -> toAlamat(nagari));
    List<AnggotaKeluarga> anggota = collect(errors, "", this::toAnggota);
    if (!errors.isEmpty()) {
      throw new FormErrors(errors);
    }
    return new KartuKeluarga(a, anggota);
  }

  private static <T> T collect(List<String> errors, String prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      errors.add(prefix + e.message(UserFeedback.locale()));
    } catch (FormErrors e) {
      errors.addAll(e.messages());
    }
    return null;
  }

  public String getAlamat() {
    return alamat;
  }

  public void setAlamat(String alamat) {
    this.alamat = alamat;
  }

  public String getRt() {
    return rt;
  }

  public void setRt(String rt) {
    this.rt = rt;
  }

  public String getRw() {
    return rw;
  }

  public void setRw(String rw) {
    this.rw = rw;
  }

  public String getKodePos() {
    return kodePos;
  }

  public void setKodePos(String kodePos) {
    this.kodePos = kodePos;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  /** One editable row of the member table. */
  public static class MemberRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String nik;
    private String namaLengkap;
    private JenisKelamin jenisKelamin;
    private String tempatLahir;
    private LocalDate tanggalLahir;
    private StatusHubunganDalamKeluarga hubungan;

    public MemberRow(StatusHubunganDalamKeluarga hubungan) {
      this.hubungan = hubungan;
    }

    public String getNik() {
      return nik;
    }

    public void setNik(String nik) {
      this.nik = nik;
    }

    public String getNamaLengkap() {
      return namaLengkap;
    }

    public void setNamaLengkap(String namaLengkap) {
      this.namaLengkap = namaLengkap;
    }

    public JenisKelamin getJenisKelamin() {
      return jenisKelamin;
    }

    public void setJenisKelamin(JenisKelamin jenisKelamin) {
      this.jenisKelamin = jenisKelamin;
    }

    public String getTempatLahir() {
      return tempatLahir;
    }

    public void setTempatLahir(String tempatLahir) {
      this.tempatLahir = tempatLahir;
    }

    public LocalDate getTanggalLahir() {
      return tanggalLahir;
    }

    public void setTanggalLahir(LocalDate tanggalLahir) {
      this.tanggalLahir = tanggalLahir;
    }

    public StatusHubunganDalamKeluarga getHubungan() {
      return hubungan;
    }

    public void setHubungan(StatusHubunganDalamKeluarga hubungan) {
      this.hubungan = hubungan;
    }
  }
}
