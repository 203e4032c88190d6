package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
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
    form.rt = kk.alamat().rtRw().rtAsTyped();
    form.rw = kk.alamat().rtRw().rwAsTyped();
    form.kodePos = kk.alamat().kodePos();
    form.members.clear();
    for (AnggotaKeluarga a : kk.anggota()) {
      form.members.add(MemberRow.of(a));
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

  private static final java.util.regex.Pattern MEMBER_PATH =
      java.util.regex.Pattern.compile("members\\[(\\d+)]\\.(.+)");

  /** Marks the field a domain violation points at ({@code members[2].nik}) on its member's row. */
  public void markInvalid(String path) {
    java.util.regex.Matcher member = path == null ? null : MEMBER_PATH.matcher(path);
    if (member != null && member.matches()) {
      int index = Integer.parseInt(member.group(1));
      if (index < members.size()) {
        members.get(index).markInvalid(member.group(2));
      }
    }
  }

  public List<AnggotaKeluarga> toAnggota() {
    List<String> errors = new ArrayList<>();
    List<AnggotaKeluarga> result = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      MemberRow row = members.get(i);
      String prefix = Texts.get("form.memberPrefix", i + 1);
      AnggotaKeluarga member = collect(errors, prefix, row::toAnggota);
      if (member != null) {
        result.add(member);
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
      e.messages().forEach(message -> errors.add(prefix + message));
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

  /**
   * One member as typed. Every column of the card is here as text or a code-list value; {@link
   * #toAnggota()} lets the domain's value objects decide, field by field, what is acceptable.
   */
  public static class MemberRow implements Serializable {
    private final java.util.Set<String> invalidFields = new java.util.HashSet<>();
    private static final long serialVersionUID = 1L;
    private String nik;
    private String namaLengkap;
    private JenisKelamin jenisKelamin;
    private String tempatLahir;
    private LocalDate tanggalLahir;
    private Agama agama;
    private PendidikanDalamKk pendidikan;
    private JenisPekerjaan pekerjaan;
    private GolonganDarah golonganDarah = GolonganDarah.TIDAK_TAHU;
    private StatusPerkawinan statusPerkawinan;
    private LocalDate tanggalPerkawinan;
    private String noAktaPerkawinan;
    private LocalDate tanggalPerceraian;
    private String noAktaPerceraian;
    private StatusHubunganDalamKeluarga hubungan;
    private Kewarganegaraan kewarganegaraan = Kewarganegaraan.WNI;
    private String noPaspor;
    private String noKitasKitap;
    private String namaAyah;
    private String nikAyah;
    private String namaIbu;
    private String nikIbu;
    private String noAktaLahir;
    private PenyandangCacat penyandangCacat;

    public MemberRow(StatusHubunganDalamKeluarga hubungan) {
      this.hubungan = hubungan;
    }

    static MemberRow of(AnggotaKeluarga a) {
      MemberRow row = new MemberRow(a.hubungan());
      row.nik = a.nik().value();
      row.namaLengkap = a.namaLengkap();
      row.jenisKelamin = a.jenisKelamin();
      row.tempatLahir = a.tempatLahir();
      row.tanggalLahir = a.tanggalLahir();
      row.agama = a.agama();
      row.pendidikan = a.pendidikan();
      row.pekerjaan = a.pekerjaan();
      row.golonganDarah = a.golonganDarah();
      row.statusPerkawinan = a.statusPerkawinan();
      row.tanggalPerkawinan = a.perkawinan().tanggalPerkawinan().orElse(null);
      row.noAktaPerkawinan = a.perkawinan().noAktaPerkawinan().orElse(null);
      row.tanggalPerceraian = a.perkawinan().tanggalPerceraian().orElse(null);
      row.noAktaPerceraian = a.perkawinan().noAktaPerceraian().orElse(null);
      row.kewarganegaraan = a.kewarganegaraan();
      row.noPaspor = a.dokumenImigrasi().noPaspor().orElse(null);
      row.noKitasKitap = a.dokumenImigrasi().noKitasKitap().orElse(null);
      row.namaAyah = a.orangTua().namaAyah().map(NamaLengkap::value).orElse(null);
      row.nikAyah = a.orangTua().nikAyah().map(Nik::value).orElse(null);
      row.namaIbu = a.orangTua().namaIbu().map(NamaLengkap::value).orElse(null);
      row.nikIbu = a.orangTua().nikIbu().map(Nik::value).orElse(null);
      row.noAktaLahir = a.noAktaLahir().orElse(null);
      row.penyandangCacat = a.penyandangCacat().orElse(null);
      return row;
    }

    AnggotaKeluarga toAnggota() {
      invalidFields.clear();
      List<String> errors = new ArrayList<>();
      Nik parsedNik = check(errors, () -> Nik.of(nik));
      NamaLengkap nama = check(errors, () -> NamaLengkap.of(namaLengkap));
      OrangTua orangTua = check(errors, () -> new OrangTua(
          optionalName(namaAyah, "orangTua.namaAyah"), optionalNik(nikAyah, "orangTua.nikAyah"),
          optionalName(namaIbu, "orangTua.namaIbu"), optionalNik(nikIbu, "orangTua.nikIbu")));
      DokumenImigrasi dokumen = check(errors, () -> new DokumenImigrasi(noPaspor, noKitasKitap));
      Perkawinan perkawinan = statusPerkawinan == null ? null
          : new Perkawinan(statusPerkawinan, tanggalPerkawinan, noAktaPerkawinan, tanggalPerceraian, noAktaPerceraian);
      if (!errors.isEmpty()) {
        // the fields above already explain what is wrong; building would only repeat it
        throw new FormErrors(errors);
      }
      AnggotaKeluarga member = check(errors, () -> AnggotaKeluarga.builder()
          .nik(parsedNik).nama(nama).jenisKelamin(jenisKelamin).tempatLahir(tempatLahir)
          .tanggalLahir(tanggalLahir).agama(agama).pendidikan(pendidikan).pekerjaan(pekerjaan)
          .golonganDarah(golonganDarah).perkawinan(perkawinan).hubungan(hubungan)
          .kewarganegaraan(kewarganegaraan).dokumenImigrasi(dokumen).orangTua(orangTua)
          .noAktaLahir(noAktaLahir).penyandangCacat(penyandangCacat)
          .build());
      if (!errors.isEmpty()) {
        throw new FormErrors(errors);
      }
      return member;
    }

    /** As {@link KkForm#collect}, and remembers which field was refused, to mark it on the page. */
    private <T> T check(List<String> errors, Supplier<T> build) {
      try {
        return build.get();
      } catch (InvalidValueException e) {
        markInvalid(e.field());
        errors.add(e.message(UserFeedback.locale()));
      }
      return null;
    }

    /**
     * Marks a field of this member as wrong, by the domain's field name ({@code nik},
     * {@code namaLengkap}, ...; {@code orangTua.nikAyah} marks {@code orangTua} too).
     */
    public void markInvalid(String field) {
      if (field != null) {
        invalidFields.add(field);
        int dot = field.indexOf('.');
        if (dot > 0) {
          invalidFields.add(field.substring(0, dot));
        }
      }
    }

    public boolean invalid(String field) {
      return invalidFields.contains(field);
    }

    /**
     * What the typed NIK encodes (kecamatan, date of birth as day-month-two-digit year, sex), or
     * why it is not a NIK: shown beside the field while the operator types, to compare with the
     * documents. The century is not in a NIK, so it is not guessed.
     */
    public String getNikHint() {
      if (nik == null || nik.isBlank()) {
        return "";
      }
      try {
        Nik parsed = Nik.of(nik);
        String kecamatan = id.dukcapilceria.kk.domain.wilayah.WilayahDirectory.shared()
            .nameOf(parsed.registeredKecamatan());
        String sex = (parsed.encodesFemale() ? JenisKelamin.PEREMPUAN : JenisKelamin.LAKI_LAKI)
            .label(UserFeedback.locale());
        return Texts.get("nik.hint", String.format("%02d-%02d-..%02d", parsed.birthDay(), parsed.birthMonth(),
            parsed.birthYearTwoDigits()), sex, kecamatan);
      } catch (InvalidValueException e) {
        return e.message(UserFeedback.locale());
      }
    }

    private static NamaLengkap optionalName(String text, String field) {
      return text == null || text.isBlank() || text.strip().equals("-") ? null : NamaLengkap.of(text, field);
    }

    private static Nik optionalNik(String text, String field) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return Nik.of(text);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(e.code(), field, text.replace(" ", "").length());
      }
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

    public Agama getAgama() {
      return agama;
    }

    public void setAgama(Agama agama) {
      this.agama = agama;
    }

    public PendidikanDalamKk getPendidikan() {
      return pendidikan;
    }

    public void setPendidikan(PendidikanDalamKk pendidikan) {
      this.pendidikan = pendidikan;
    }

    public JenisPekerjaan getPekerjaan() {
      return pekerjaan;
    }

    public void setPekerjaan(JenisPekerjaan pekerjaan) {
      this.pekerjaan = pekerjaan;
    }

    public GolonganDarah getGolonganDarah() {
      return golonganDarah;
    }

    public void setGolonganDarah(GolonganDarah golonganDarah) {
      this.golonganDarah = golonganDarah;
    }

    public StatusPerkawinan getStatusPerkawinan() {
      return statusPerkawinan;
    }

    public void setStatusPerkawinan(StatusPerkawinan statusPerkawinan) {
      this.statusPerkawinan = statusPerkawinan;
    }

    public LocalDate getTanggalPerkawinan() {
      return tanggalPerkawinan;
    }

    public void setTanggalPerkawinan(LocalDate tanggalPerkawinan) {
      this.tanggalPerkawinan = tanggalPerkawinan;
    }

    public String getNoAktaPerkawinan() {
      return noAktaPerkawinan;
    }

    public void setNoAktaPerkawinan(String noAktaPerkawinan) {
      this.noAktaPerkawinan = noAktaPerkawinan;
    }

    public LocalDate getTanggalPerceraian() {
      return tanggalPerceraian;
    }

    public void setTanggalPerceraian(LocalDate tanggalPerceraian) {
      this.tanggalPerceraian = tanggalPerceraian;
    }

    public String getNoAktaPerceraian() {
      return noAktaPerceraian;
    }

    public void setNoAktaPerceraian(String noAktaPerceraian) {
      this.noAktaPerceraian = noAktaPerceraian;
    }

    public StatusHubunganDalamKeluarga getHubungan() {
      return hubungan;
    }

    public void setHubungan(StatusHubunganDalamKeluarga hubungan) {
      this.hubungan = hubungan;
    }

    public Kewarganegaraan getKewarganegaraan() {
      return kewarganegaraan;
    }

    public void setKewarganegaraan(Kewarganegaraan kewarganegaraan) {
      this.kewarganegaraan = kewarganegaraan;
    }

    public String getNoPaspor() {
      return noPaspor;
    }

    public void setNoPaspor(String noPaspor) {
      this.noPaspor = noPaspor;
    }

    public String getNoKitasKitap() {
      return noKitasKitap;
    }

    public void setNoKitasKitap(String noKitasKitap) {
      this.noKitasKitap = noKitasKitap;
    }

    public String getNamaAyah() {
      return namaAyah;
    }

    public void setNamaAyah(String namaAyah) {
      this.namaAyah = namaAyah;
    }

    public String getNikAyah() {
      return nikAyah;
    }

    public void setNikAyah(String nikAyah) {
      this.nikAyah = nikAyah;
    }

    public String getNamaIbu() {
      return namaIbu;
    }

    public void setNamaIbu(String namaIbu) {
      this.namaIbu = namaIbu;
    }

    public String getNikIbu() {
      return nikIbu;
    }

    public void setNikIbu(String nikIbu) {
      this.nikIbu = nikIbu;
    }

    public String getNoAktaLahir() {
      return noAktaLahir;
    }

    public void setNoAktaLahir(String noAktaLahir) {
      this.noAktaLahir = noAktaLahir;
    }

    public PenyandangCacat getPenyandangCacat() {
      return penyandangCacat;
    }

    public void setPenyandangCacat(PenyandangCacat penyandangCacat) {
      this.penyandangCacat = penyandangCacat;
    }
  }
}
