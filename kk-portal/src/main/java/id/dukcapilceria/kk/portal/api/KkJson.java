package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * KK data in the API's JSON, which is {@link KkInput}'s shape: the card's address at the top level
 * ({@code alamat}, {@code rt}, {@code rw}, {@code kodeDesa}, {@code kodePos}) and its {@code
 * members}, with the same field names as the portal's form, so a field path such as {@code
 * members[2].nik} is the same in the request, in a refusal and in the domain's violations. This
 * class checks only JSON types (a wrong one is a malformed request, 400); what the values mean and
 * whether they are valid is the domain's {@link KkInput#read}, whose refusals come back as 422 with
 * every field at once. Saved drafts keep their card in the same JSON.
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
    KkInput.Reading reading = read(json).read(ownNagari);
    if (!reading.isAccepted()) {
      throw new ApiProblem(422, "api.problem.invalidData", reading.refusals().stream()
          .map(refused -> new FieldError(refused.path(), refused.code(), refused::message))
          .toList());
    }
    return reading.card().orElseThrow();
  }

  /** The card as given, every JSON type checked (400 for a wrong one), nothing else decided. */
  public static KkInput read(JsonInput json) {
    return new KkInput(json.string("alamat"), json.string("rt"), json.string("rw"), json.string("kodeDesa"),
        json.string("kodePos"), json.objects("members").stream().map(KkJson::member).toList());
  }

  private static MemberInput member(JsonInput row) {
    return new MemberInput(row.string("nik"), row.string("namaLengkap"), row.officialCode("jenisKelamin"),
        row.string("tempatLahir"), row.date("tanggalLahir"), row.officialCode("agama"),
        row.officialCode("pendidikan"), row.officialCode("pekerjaan"), row.officialCode("golonganDarah"),
        row.officialCode("statusPerkawinan"), row.date("tanggalPerkawinan"), row.string("noAktaPerkawinan"),
        row.date("tanggalPerceraian"), row.string("noAktaPerceraian"), row.officialCode("hubungan"),
        row.officialCode("kewarganegaraan"), row.string("noPaspor"), row.string("noKitasKitap"),
        row.string("namaAyah"), row.string("nikAyah"), row.string("namaIbu"), row.string("nikIbu"),
        row.string("noAktaLahir"), row.officialCode("penyandangCacat"));
  }

  /** The card as given, in the request's shape: what {@link #read} reads back to the same input. */
  public static JsonObjectBuilder write(KkInput input) {
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (MemberInput m : input.members()) {
      JsonObjectBuilder row = Json.createObjectBuilder();
      put(row, "nik", m.nik());
      put(row, "namaLengkap", m.namaLengkap());
      put(row, "jenisKelamin", m.jenisKelamin());
      put(row, "tempatLahir", m.tempatLahir());
      put(row, "tanggalLahir", m.tanggalLahir());
      put(row, "agama", m.agama());
      put(row, "pendidikan", m.pendidikan());
      put(row, "pekerjaan", m.pekerjaan());
      put(row, "golonganDarah", m.golonganDarah());
      put(row, "statusPerkawinan", m.statusPerkawinan());
      put(row, "tanggalPerkawinan", m.tanggalPerkawinan());
      put(row, "noAktaPerkawinan", m.noAktaPerkawinan());
      put(row, "tanggalPerceraian", m.tanggalPerceraian());
      put(row, "noAktaPerceraian", m.noAktaPerceraian());
      put(row, "hubungan", m.hubungan());
      put(row, "kewarganegaraan", m.kewarganegaraan());
      put(row, "noPaspor", m.noPaspor());
      put(row, "noKitasKitap", m.noKitasKitap());
      put(row, "namaAyah", m.namaAyah());
      put(row, "nikAyah", m.nikAyah());
      put(row, "namaIbu", m.namaIbu());
      put(row, "nikIbu", m.nikIbu());
      put(row, "noAktaLahir", m.noAktaLahir());
      put(row, "penyandangCacat", m.penyandangCacat());
      members.add(row);
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "alamat", input.alamat());
    put(json, "rt", input.rt());
    put(json, "rw", input.rw());
    put(json, "kodeDesa", input.kodeDesa());
    put(json, "kodePos", input.kodePos());
    json.add("members", members);
    return json;
  }

  private static void put(JsonObjectBuilder json, String name, java.time.LocalDate date) {
    put(json, name, date == null ? null : date.toString());
  }

  /** A code as it was given: its name, SIAK's number, or a number with its code system; none is left out. */
  private static void put(JsonObjectBuilder json, String name, CodeInput code) {
    if (code == null) {
      return;
    } else if (code.name() != null) {
      json.add(name, code.name());
    } else if (code.system() == CodeReading.CodeSystem.SIAK) {
      json.add(name, code.number());
    } else {
      json.add(name, Json.createObjectBuilder().add("system", code.system().written()).add("code", code.number()));
    }
  }

  /** The stored card as JSON, in the same shape as a request, with its number and status. */
  public static JsonObject toJson(KartuKeluarga kk) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    put(json, "nomorKk", kk.nomorKk().map(n -> n.value()).orElse(null));
    json.add("statusKk", kk.status().name());
    write(KkInput.of(kk)).build().forEach(json::add);
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
