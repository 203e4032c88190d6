package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.portal.api.JsonInput;
import id.dukcapilceria.kk.portal.api.KkJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A draft as stored: UTF-8 JSON whose {@code kk} is the REST API's KK shape ({@link KkJson}), so a
 * draft names no class of the portal and any later version, or another system, reads it. {@code
 * format} says which shape; this is the first JSON one (drafts saved before were Java
 * serialization, converted by the schema migration {@code V13__DraftsAsJson}).
 */
public final class DraftJson {

  /** The shape written today. */
  public static final String FORMAT = "kk-draft/json-1";

  private DraftJson() {}

  public static byte[] write(DraftContent draft) {
    JsonArrayBuilder scans = Json.createArrayBuilder();
    for (DraftContent.SavedScan scan : draft.scans()) {
      scans.add(Json.createObjectBuilder()
          .add("jenis", scan.jenis().name())
          .add("fileName", scan.fileName())
          .add("mediaType", scan.mediaType())
          .add("size", scan.size())
          .add("sha256", scan.sha256())
          .add("uploadedAt", scan.uploadedAt().toString())
          .add("uploadedBy", scan.uploadedBy()));
    }
    JsonObjectBuilder json = Json.createObjectBuilder().add("format", FORMAT);
    if (draft.jenisLayanan() == null) {
      json.addNull("jenisLayanan");
    } else {
      json.add("jenisLayanan", draft.jenisLayanan().name());
    }
    if (draft.intakeStartedAt() == null) {
      json.addNull("intakeStartedAt");
    } else {
      json.add("intakeStartedAt", draft.intakeStartedAt().toString());
    }
    json.add("kk", KkJson.write(draft.kk())).add("scans", scans);
    return json.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The draft in {@code content}.
   *
   * @throws DraftRefused {@code draft.outdated} for anything that is not a draft of this shape
   */
  public static DraftContent read(byte[] content) {
    try {
      JsonInput json = JsonInput.parse(content, false);
      if (!FORMAT.equals(json.string("format"))) {
        throw new DraftRefused("draft.outdated");
      }
      List<DraftContent.SavedScan> scans = json.objects("scans").stream()
          .map(scan -> new DraftContent.SavedScan(scan.code("jenis", JenisDokumen.class), scan.string("fileName"),
              scan.string("mediaType"), scan.count("size"), scan.string("sha256"), scan.instant("uploadedAt"),
              scan.string("uploadedBy")))
          .toList();
      JsonInput kk = json.object("kk");
      if (kk == null) {
        throw new DraftRefused("draft.outdated");
      }
      return new DraftContent(json.code("jenisLayanan", JenisLayanan.class), KkJson.read(kk),
          json.instant("intakeStartedAt"), scans);
    } catch (RuntimeException notADraft) {
      if (notADraft instanceof DraftRefused refused) {
        throw refused;
      }
      // a row written by no version of ours, or changed by hand: it cannot be opened, and the
      // operator is told so
      throw new DraftRefused("draft.outdated");
    }
  }
}
