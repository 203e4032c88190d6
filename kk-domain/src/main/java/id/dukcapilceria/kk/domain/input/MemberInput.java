package id.dukcapilceria.kk.domain.input;

import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.time.LocalDate;

/**
 * One member of a {@link KkInput} as given: text as typed, dates, and codes as given. Nothing is
 * checked here; {@link KkInput#read} lets the domain's value objects decide.
 */
public record MemberInput(
    String nik, String namaLengkap, CodeInput jenisKelamin, String tempatLahir, LocalDate tanggalLahir,
    CodeInput agama, CodeInput pendidikan, CodeInput pekerjaan, CodeInput golonganDarah,
    CodeInput statusPerkawinan, LocalDate tanggalPerkawinan, String noAktaPerkawinan,
    LocalDate tanggalPerceraian, String noAktaPerceraian, CodeInput hubungan, CodeInput kewarganegaraan,
    String noPaspor, String noKitasKitap, String namaAyah, String nikAyah, String namaIbu, String nikIbu,
    String noAktaLahir, CodeInput penyandangCacat) {

  /**
   * What a parent's name field says when the parent is not known: nothing, or "-" as an empty cell
   * of a paper form is written (docs/domain.md §1.3). It is never kept as a name.
   */
  static final String UNKNOWN = "-";

  /** The stored member in this shape, so that reading it again gives the same member. */
  public static MemberInput of(AnggotaKeluarga a) {
    return new MemberInput(a.nik().value(), a.namaLengkap(), CodeInput.of(a.jenisKelamin()), a.tempatLahir(),
        a.tanggalLahir(), CodeInput.of(a.agama()), CodeInput.of(a.pendidikan()), CodeInput.of(a.pekerjaan()),
        CodeInput.of(a.golonganDarah()), CodeInput.of(a.statusPerkawinan()),
        a.perkawinan().tanggalPerkawinan().orElse(null), a.perkawinan().noAktaPerkawinan().orElse(null),
        a.perkawinan().tanggalPerceraian().orElse(null), a.perkawinan().noAktaPerceraian().orElse(null),
        CodeInput.of(a.hubungan()), CodeInput.of(a.kewarganegaraan()),
        a.dokumenImigrasi().noPaspor().orElse(null), a.dokumenImigrasi().noKitasKitap().orElse(null),
        a.orangTua().namaAyah().map(NamaLengkap::value).orElse(null),
        a.orangTua().nikAyah().map(Nik::value).orElse(null),
        a.orangTua().namaIbu().map(NamaLengkap::value).orElse(null),
        a.orangTua().nikIbu().map(Nik::value).orElse(null),
        a.noAktaLahir().orElse(null), CodeInput.of(a.penyandangCacat().orElse(null)));
  }

  /**
   * The member, or null when a field was refused; every refusal is added to {@code refusals} under
   * {@code prefix} ({@code members[2].}). When a field is refused the member is not built, since
   * building would only repeat what the fields already say.
   */
  AnggotaKeluarga read(String prefix, Refusals refusals) {
    int before = refusals.size();
    // a recorded marriage or divorce is told apart from an unrecorded one by its certificate (§2.5)
    CodeReading.Facts facts = new CodeReading.Facts(given(noAktaPerkawinan), given(noAktaPerceraian));
    JenisKelamin jk = code(refusals, prefix, "jenisKelamin", jenisKelamin, JenisKelamin.class, facts);
    Agama ag = code(refusals, prefix, "agama", agama, Agama.class, facts);
    PendidikanDalamKk pend = code(refusals, prefix, "pendidikan", pendidikan, PendidikanDalamKk.class, facts);
    JenisPekerjaan pek = code(refusals, prefix, "pekerjaan", pekerjaan, JenisPekerjaan.class, facts);
    GolonganDarah gol = code(refusals, prefix, "golonganDarah", golonganDarah, GolonganDarah.class, facts);
    StatusPerkawinan kawin = code(refusals, prefix, "statusPerkawinan", statusPerkawinan, StatusPerkawinan.class, facts);
    StatusHubunganDalamKeluarga hub =
        code(refusals, prefix, "hubungan", hubungan, StatusHubunganDalamKeluarga.class, facts);
    Kewarganegaraan wn = code(refusals, prefix, "kewarganegaraan", kewarganegaraan, Kewarganegaraan.class, facts);
    PenyandangCacat cacat = code(refusals, prefix, "penyandangCacat", penyandangCacat, PenyandangCacat.class, facts);

    Nik parsedNik = refusals.collect(prefix + "nik", () -> Nik.of(nik));
    NamaLengkap nama = refusals.collect(prefix + "namaLengkap", () -> NamaLengkap.of(namaLengkap));
    NamaLengkap ayah = parentName(refusals, prefix, "namaAyah", namaAyah);
    Nik ayahNik = parentNik(refusals, prefix, "nikAyah", nikAyah);
    NamaLengkap ibu = parentName(refusals, prefix, "namaIbu", namaIbu);
    Nik ibuNik = parentNik(refusals, prefix, "nikIbu", nikIbu);
    DokumenImigrasi dokumen = refusals.collect(prefix, () -> new DokumenImigrasi(noPaspor, noKitasKitap));
    Perkawinan perkawinan = kawin == null ? null : refusals.collect(prefix, () ->
        new Perkawinan(kawin, tanggalPerkawinan, noAktaPerkawinan, tanggalPerceraian, noAktaPerceraian));
    if (refusals.size() > before) {
      return null;
    }
    return refusals.collect(prefix, () -> AnggotaKeluarga.builder()
        .nik(parsedNik).nama(nama).jenisKelamin(jk).tempatLahir(tempatLahir).tanggalLahir(tanggalLahir)
        .agama(ag).pendidikan(pend).pekerjaan(pek).golonganDarah(gol).perkawinan(perkawinan).hubungan(hub)
        .kewarganegaraan(wn).dokumenImigrasi(dokumen).orangTua(new OrangTua(ayah, ayahNik, ibu, ibuNik))
        .noAktaLahir(noAktaLahir).penyandangCacat(cacat)
        .build());
  }

  private static NamaLengkap parentName(Refusals refusals, String prefix, String field, String text) {
    if (!given(text) || text.strip().equals(UNKNOWN)) {
      return null;
    }
    // the domain names a parent's fields under orangTua (its messages say "Nama ayah")
    return refusals.collect(prefix + field, () -> NamaLengkap.of(text, "orangTua." + field));
  }

  private static Nik parentNik(Refusals refusals, String prefix, String field, String text) {
    if (!given(text)) {
      return null;
    }
    return refusals.collect(prefix + field, () -> {
      try {
        return Nik.of(text);
      } catch (InvalidValueException e) {
        throw e.about("orangTua." + field);
      }
    });
  }

  private static <E extends Enum<E> & SiakCode> E code(Refusals refusals, String prefix, String field,
      CodeInput given, Class<E> list, CodeReading.Facts facts) {
    return given == null ? null
        : refusals.collect(prefix + field, () -> given.read(list, facts, field).orElse(null));
  }

  private static boolean given(String text) {
    return text != null && !text.isBlank();
  }
}
