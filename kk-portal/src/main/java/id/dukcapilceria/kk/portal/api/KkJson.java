package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * KK data in the API's JSON: the card's address at the top level ({@code alamat}, {@code rt},
 * {@code rw}, {@code kodeDesa}, {@code kodePos}) and its {@code members}, with the same field names
 * as the portal's form, so a field path such as {@code members[2].nik} is the same in the request,
 * in a refusal and in the domain's violations. The domain's value objects decide what is valid;
 * every refusal is collected with its path, so a caller learns all of them at once.
 */
public final class KkJson {

  private KkJson() {}

  /**
   * The card described by {@code json}. Its village defaults to {@code ownNagari} (a nagari
   * operator's); whether the caller may submit for it is the workflow's decision.
   *
   * @throws ApiProblem 422 with every refused field, or 400 for a value of the wrong JSON type
   */
  public static KartuKeluarga toKartuKeluarga(JsonInput json, KodeWilayah ownNagari) {
    List<FieldError> errors = new ArrayList<>();
    KodeWilayah desa = json.has("kodeDesa")
        ? collect(errors, json.pathOf("kodeDesa"), () -> KodeWilayah.of(json.string("kodeDesa")))
        : ownNagari;
    if (desa == null) {
      errors.add(FieldError.of(json.pathOf("kodeDesa"), "value.required", "api.field.required"));
    }
    Alamat alamat = desa == null ? null : collect(errors, "", () -> new Alamat(
        json.string("alamat"), RtRw.of(json.string("rt"), json.string("rw")), desa, json.string("kodePos")));
    List<JsonInput> rows = json.objects("members");
    if (rows.isEmpty()) {
      errors.add(FieldError.of(json.pathOf("members"), "kk.noMembers", "api.field.noMembers"));
    }
    List<AnggotaKeluarga> members = new ArrayList<>();
    for (JsonInput row : rows) {
      AnggotaKeluarga member = member(row, errors);
      if (member != null) {
        members.add(member);
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(422, "api.problem.invalidData", errors);
    }
    return new KartuKeluarga(alamat, members);
  }

  private static AnggotaKeluarga member(JsonInput row, List<FieldError> errors) {
    int before = errors.size();
    // every JSON type is checked before the domain sees a value, so a 400 comes first
    String nik = row.string("nik");
    String nama = row.string("namaLengkap");
    JsonInput.GivenCode jenisKelaminGiven = row.officialCode("jenisKelamin");
    String tempatLahir = row.string("tempatLahir");
    var tanggalLahir = row.date("tanggalLahir");
    JsonInput.GivenCode agamaGiven = row.officialCode("agama");
    JsonInput.GivenCode pendidikanGiven = row.officialCode("pendidikan");
    JsonInput.GivenCode pekerjaanGiven = row.officialCode("pekerjaan");
    JsonInput.GivenCode golonganDarahGiven = row.officialCode("golonganDarah");
    JsonInput.GivenCode statusPerkawinanGiven = row.officialCode("statusPerkawinan");
    var tanggalPerkawinan = row.date("tanggalPerkawinan");
    String noAktaPerkawinan = row.string("noAktaPerkawinan");
    var tanggalPerceraian = row.date("tanggalPerceraian");
    String noAktaPerceraian = row.string("noAktaPerceraian");
    JsonInput.GivenCode hubunganGiven = row.officialCode("hubungan");
    JsonInput.GivenCode kewarganegaraanGiven = row.officialCode("kewarganegaraan");
    String noPaspor = row.string("noPaspor");
    String noKitasKitap = row.string("noKitasKitap");
    String namaAyah = row.string("namaAyah");
    String nikAyah = row.string("nikAyah");
    String namaIbu = row.string("namaIbu");
    String nikIbu = row.string("nikIbu");
    String noAktaLahir = row.string("noAktaLahir");
    JsonInput.GivenCode penyandangCacatGiven = row.officialCode("penyandangCacat");

    // the meaning of each code is the domain's (CodeReading); a refusal is kept with its path
    CodeReading.Facts facts = new CodeReading.Facts(noAktaPerkawinan != null && !noAktaPerkawinan.isBlank(),
        noAktaPerceraian != null && !noAktaPerceraian.isBlank());
    JenisKelamin jenisKelamin = official(errors, row, "jenisKelamin", jenisKelaminGiven, JenisKelamin.class, facts);
    Agama agama = official(errors, row, "agama", agamaGiven, Agama.class, facts);
    PendidikanDalamKk pendidikan = official(errors, row, "pendidikan", pendidikanGiven, PendidikanDalamKk.class, facts);
    JenisPekerjaan pekerjaan = official(errors, row, "pekerjaan", pekerjaanGiven, JenisPekerjaan.class, facts);
    GolonganDarah golonganDarah = official(errors, row, "golonganDarah", golonganDarahGiven, GolonganDarah.class, facts);
    StatusPerkawinan statusPerkawinan =
        official(errors, row, "statusPerkawinan", statusPerkawinanGiven, StatusPerkawinan.class, facts);
    StatusHubunganDalamKeluarga hubungan =
        official(errors, row, "hubungan", hubunganGiven, StatusHubunganDalamKeluarga.class, facts);
    Kewarganegaraan kewarganegaraan =
        official(errors, row, "kewarganegaraan", kewarganegaraanGiven, Kewarganegaraan.class, facts);
    PenyandangCacat penyandangCacat =
        official(errors, row, "penyandangCacat", penyandangCacatGiven, PenyandangCacat.class, facts);

    Nik parsedNik = collect(errors, row.pathOf("nik"), () -> Nik.of(nik));
    NamaLengkap parsedNama = collect(errors, row.pathOf("namaLengkap"), () -> NamaLengkap.of(nama));
    NamaLengkap ayah = optional(errors, row.pathOf("namaAyah"), namaAyah, () -> NamaLengkap.of(namaAyah, "namaAyah"));
    Nik ayahNik = optional(errors, row.pathOf("nikAyah"), nikAyah, () -> Nik.of(nikAyah));
    NamaLengkap ibu = optional(errors, row.pathOf("namaIbu"), namaIbu, () -> NamaLengkap.of(namaIbu, "namaIbu"));
    Nik ibuNik = optional(errors, row.pathOf("nikIbu"), nikIbu, () -> Nik.of(nikIbu));
    String prefix = row.pathOf("");
    DokumenImigrasi dokumen = collect(errors, prefix, () -> new DokumenImigrasi(noPaspor, noKitasKitap));
    Perkawinan perkawinan = statusPerkawinan == null ? null : collect(errors, prefix, () ->
        new Perkawinan(statusPerkawinan, tanggalPerkawinan, noAktaPerkawinan, tanggalPerceraian, noAktaPerceraian));
    if (errors.size() > before) {
      return null; // the fields above already say what is wrong; building would only repeat it
    }
    return collect(errors, prefix, () -> AnggotaKeluarga.builder()
        .nik(parsedNik).nama(parsedNama).jenisKelamin(jenisKelamin).tempatLahir(tempatLahir)
        .tanggalLahir(tanggalLahir).agama(agama).pendidikan(pendidikan).pekerjaan(pekerjaan)
        .golonganDarah(golonganDarah).perkawinan(perkawinan).hubungan(hubungan)
        .kewarganegaraan(kewarganegaraan).dokumenImigrasi(dokumen)
        .orangTua(new OrangTua(ayah, ayahNik, ibu, ibuNik))
        .noAktaLahir(noAktaLahir).penyandangCacat(penyandangCacat)
        .build());
  }

  private static <E extends Enum<E> & SiakCode> E official(List<FieldError> errors, JsonInput row, String field,
      JsonInput.GivenCode given, Class<E> list, CodeReading.Facts facts) {
    return given == null ? null : collect(errors, row.pathOf(field), () -> given.read(list, facts, field).orElse(null));
  }

  private static <T> T optional(List<FieldError> errors, String path, String text, Supplier<T> build) {
    return text == null || text.isBlank() ? null : collect(errors, path, build);
  }

  /**
   * Builds a value; a refusal is kept with its path. {@code path} is the field's own path, or the
   * object's path ending in a dot, to which the domain's field name is added.
   */
  private static <T> T collect(List<FieldError> errors, String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String field = path.isEmpty() || path.endsWith(".") ? path + fieldName(e.field()) : path;
      errors.add(new FieldError(field, e.code(), e::message));
      return null;
    }
  }

  /** The JSON name of a domain field where the two differ. */
  private static String fieldName(String domainField) {
    if (domainField == null) {
      return "";
    }
    return switch (domainField) {
      case "kodeWilayah" -> "kodeDesa";
      case "anggota" -> "members";
      // the request keeps a member's documents and parents as plain fields of the member
      default -> domainField.replaceFirst("^(dokumenImigrasi|orangTua)\\.", "");
    };
  }

  /** The card as JSON, in the same shape as a request, with code lists by enum name. */
  public static JsonObject toJson(KartuKeluarga kk) {
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (AnggotaKeluarga a : kk.anggota()) {
      JsonObjectBuilder m = Json.createObjectBuilder();
      m.add("nik", a.nik().value());
      m.add("namaLengkap", a.namaLengkap());
      m.add("jenisKelamin", a.jenisKelamin().name());
      put(m, "tempatLahir", a.tempatLahir());
      m.add("tanggalLahir", a.tanggalLahir().toString());
      m.add("agama", a.agama().name());
      m.add("pendidikan", a.pendidikan().name());
      m.add("pekerjaan", a.pekerjaan().name());
      m.add("golonganDarah", a.golonganDarah().name());
      m.add("statusPerkawinan", a.statusPerkawinan().name());
      put(m, "tanggalPerkawinan", a.perkawinan().tanggalPerkawinan().map(Object::toString).orElse(null));
      put(m, "noAktaPerkawinan", a.perkawinan().noAktaPerkawinan().orElse(null));
      put(m, "tanggalPerceraian", a.perkawinan().tanggalPerceraian().map(Object::toString).orElse(null));
      put(m, "noAktaPerceraian", a.perkawinan().noAktaPerceraian().orElse(null));
      m.add("hubungan", a.hubungan().name());
      m.add("kewarganegaraan", a.kewarganegaraan().name());
      put(m, "noPaspor", a.dokumenImigrasi().noPaspor().orElse(null));
      put(m, "noKitasKitap", a.dokumenImigrasi().noKitasKitap().orElse(null));
      put(m, "namaAyah", a.orangTua().namaAyah().map(NamaLengkap::value).orElse(null));
      put(m, "nikAyah", a.orangTua().nikAyah().map(Nik::value).orElse(null));
      put(m, "namaIbu", a.orangTua().namaIbu().map(NamaLengkap::value).orElse(null));
      put(m, "nikIbu", a.orangTua().nikIbu().map(Nik::value).orElse(null));
      put(m, "noAktaLahir", a.noAktaLahir().orElse(null));
      put(m, "penyandangCacat", a.penyandangCacat().map(Enum::name).orElse(null));
      members.add(m);
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "nomorKk", kk.nomorKk().map(n -> n.value()).orElse(null));
    json.add("statusKk", kk.status().name());
    json.add("alamat", kk.alamat().jalan());
    json.add("rt", kk.alamat().rtRw().rtAsTyped());
    json.add("rw", kk.alamat().rtRw().rwAsTyped());
    json.add("kodeDesa", kk.alamat().kodeDesa().value());
    put(json, "kodePos", kk.alamat().kodePos());
    json.add("members", members);
    return json.build();
  }

  static void put(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
