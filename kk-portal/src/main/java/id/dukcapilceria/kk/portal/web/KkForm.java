package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the nagari operator types, held for the page's fields until it is handed to the domain as a
 * {@link KkInput} ({@link #toInput()}), the same shape the REST API and saved drafts use: the domain
 * reads it and refuses what it must, each refusal with its path, which {@link #markInvalid} shows on
 * the member's row. Nothing typed is lost on a refusal.
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
    return of(KkInput.of(kk));
  }

  /** Fills the form from a card as given (a saved draft, a stored card). */
  public static KkForm of(KkInput input) {
    KkForm form = new KkForm();
    form.alamat = input.alamat();
    form.rt = input.rt();
    form.rw = input.rw();
    form.kodePos = input.kodePos();
    if (!input.members().isEmpty()) {
      form.members.clear();
      input.members().forEach(m -> form.members.add(MemberRow.of(m)));
    }
    return form;
  }

  /** What is typed, for the domain to read; the village is the operator's own, given at reading. */
  public KkInput toInput() {
    return new KkInput(alamat, rt, rw, null, kodePos, members.stream().map(MemberRow::toInput).toList());
  }

  public void addMember() {
    members.add(new MemberRow(StatusHubunganDalamKeluarga.ANAK));
  }

  public void removeMember(MemberRow row) {
    if (members.size() > 1) {
      members.remove(row);
    }
  }

  /** Forgets the marks of an earlier check, before the domain reads the form again. */
  public void clearMarks() {
    members.forEach(row -> row.invalidFields.clear());
  }

  /** Marks the field an input path points at ({@code members[2].nik}) on its member's row. */
  public void markInvalid(String path) {
    int index = KkInput.memberIndexOf(path);
    if (index >= 0 && index < members.size()) {
      members.get(index).markInvalid(KkInput.fieldOf(path));
    }
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
   * One member as typed: every column of the card as text, a date or a code-list value, handed to
   * the domain as a {@link MemberInput}.
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

    static MemberRow of(MemberInput m) {
      MemberRow row = new MemberRow(chosen(m.hubungan(), StatusHubunganDalamKeluarga.class));
      row.nik = m.nik();
      row.namaLengkap = m.namaLengkap();
      row.jenisKelamin = chosen(m.jenisKelamin(), JenisKelamin.class);
      row.tempatLahir = m.tempatLahir();
      row.tanggalLahir = m.tanggalLahir();
      row.agama = chosen(m.agama(), Agama.class);
      row.pendidikan = chosen(m.pendidikan(), PendidikanDalamKk.class);
      row.pekerjaan = chosen(m.pekerjaan(), JenisPekerjaan.class);
      row.golonganDarah = chosen(m.golonganDarah(), GolonganDarah.class);
      row.statusPerkawinan = chosen(m.statusPerkawinan(), StatusPerkawinan.class);
      row.tanggalPerkawinan = m.tanggalPerkawinan();
      row.noAktaPerkawinan = m.noAktaPerkawinan();
      row.tanggalPerceraian = m.tanggalPerceraian();
      row.noAktaPerceraian = m.noAktaPerceraian();
      row.kewarganegaraan = chosen(m.kewarganegaraan(), Kewarganegaraan.class);
      row.noPaspor = m.noPaspor();
      row.noKitasKitap = m.noKitasKitap();
      row.namaAyah = m.namaAyah();
      row.nikAyah = m.nikAyah();
      row.namaIbu = m.namaIbu();
      row.nikIbu = m.nikIbu();
      row.noAktaLahir = m.noAktaLahir();
      row.penyandangCacat = chosen(m.penyandangCacat(), PenyandangCacat.class);
      return row;
    }

    MemberInput toInput() {
      return new MemberInput(nik, namaLengkap, CodeInput.of(jenisKelamin), tempatLahir, tanggalLahir,
          CodeInput.of(agama), CodeInput.of(pendidikan), CodeInput.of(pekerjaan), CodeInput.of(golonganDarah),
          CodeInput.of(statusPerkawinan), tanggalPerkawinan, noAktaPerkawinan, tanggalPerceraian, noAktaPerceraian,
          CodeInput.of(hubungan), CodeInput.of(kewarganegaraan), noPaspor, noKitasKitap, namaAyah, nikAyah, namaIbu,
          nikIbu, noAktaLahir, CodeInput.of(penyandangCacat));
    }

    /**
     * The menu's value for a code: the form offers the lists' constants, so a code given by its
     * constant's name is chosen; any other (a number, from elsewhere) is left for the operator to choose.
     */
    private static <E extends Enum<E>> E chosen(CodeInput code, Class<E> list) {
      if (code == null || code.name() == null) {
        return null;
      }
      for (E value : list.getEnumConstants()) {
        if (value.name().equals(code.name())) {
          return value;
        }
      }
      return null;
    }

    /** Marks a field of this member as wrong, by its input name ({@code nik}, {@code tanggalPerkawinan}). */
    public void markInvalid(String field) {
      if (field != null) {
        invalidFields.add(field);
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
