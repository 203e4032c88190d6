package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.sop.DinasReads.BukuPermasalahanRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.function.Function;

/** What the API answers about applications, registers and the problem log, as JSON. */
final class PermohonanJson {

  private PermohonanJson() {}

  /** The short form used in lists. */
  static JsonObjectBuilder summary(WorklistRow p, Locale locale) {
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("id", p.id())
        .add("nomor", p.nomor())
        .add("jenisLayanan", p.jenisLayanan().name())
        .add("status", p.status().name())
        .add("statusLabel", Labels.of(p.status(), locale))
        .add("statusSince", p.statusSince().toString())
        .add("kodeNagari", p.kodeNagari().value())
        .add("namaKepalaKeluarga", p.kepalaKeluarga());
    KkJson.put(json, "waitingFor", p.status().waitingFor().map(Enum::name).orElse(null));
    KkJson.put(json, "nomorKk", p.nomorKk().map(n -> n.value()).orElse(null));
    KkJson.put(json, "registerNumber", p.registerNumber().orElse(null));
    return json;
  }

  /**
   * Everything about one application: its status, KK data, documents and last reason, and the
   * steps {@code viewer} may take on it now as kk-workflow answers ({@code Permohonan.stepsOpenTo}):
   * each with the path of its call ({@code POST …/{id}/send-back-to-nagari}) and whether it needs
   * a reason, so that a client offers only those.
   */
  static JsonObject detail(Permohonan p, Actor viewer, String proposedNomorKk, Locale locale) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (Transition step : p.stepsOpenTo(viewer)) {
      steps.add(Json.createObjectBuilder()
          .add("transition", step.name())
          .add("label", Labels.of(step, locale))
          .add("path", step.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .add("needsReason", step.needsReason()));
    }
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (RequirementDocument d : p.documents()) {
      documents.add(Json.createObjectBuilder()
          .add("jenis", d.jenis().name())
          .add("fileName", d.fileName())
          .add("mediaType", d.mediaType())
          .add("size", d.size())
          .add("sha256", d.sha256())
          .add("uploadedAt", d.uploadedAt().toString())
          .add("uploadedBy", d.uploadedBy()));
    }
    JsonObjectBuilder json = summary(WorklistRow.of(p), locale);
    KkJson.put(json, "proposedNomorKk", proposedNomorKk);
    KkJson.put(json, "lastReason", p.lastReason().orElse(null));
    KkJson.put(json, "signedDocumentSha256", p.signedDocumentSha256().orElse(null));
    return json
        .add("kk", KkJson.toJson(p.kartuKeluarga()))
        .add("documents", documents)
        .add("steps", steps)
        .build();
  }

  static JsonObject timeline(Permohonan p, Locale locale) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (StepRecord step : p.history()) {
      JsonObjectBuilder json = Json.createObjectBuilder()
          .add("transition", step.transition().name())
          .add("transitionLabel", Labels.of(step.transition(), locale))
          .add("username", step.username())
          .add("role", step.role().name())
          .add("at", step.at().toString())
          .add("to", step.to().name());
      KkJson.put(json, "from", step.from().map(Enum::name).orElse(null));
      KkJson.put(json, "reason", step.reason().isEmpty() ? null : step.reason());
      steps.add(json);
    }
    return Json.createObjectBuilder().add("id", p.id()).add("nomor", p.nomor()).add("steps", steps).build();
  }

  static <T> JsonObject page(Page<T> page, int first, int size, Function<T, JsonObjectBuilder> item) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.items().forEach(row -> items.add(item.apply(row)));
    return Json.createObjectBuilder()
        .add("first", first).add("size", size).add("total", page.total()).add("items", items).build();
  }

  static JsonObjectBuilder register(BukuRegisterEntry r) {
    return Json.createObjectBuilder()
        .add("label", r.label())
        .add("tahun", r.year())
        .add("nomor", r.number())
        .add("registeredAt", r.registeredAt().toString())
        .add("permohonanNomor", r.permohonanNomor())
        .add("nomorKk", r.nomorKk())
        .add("namaKepalaKeluarga", r.namaKepalaKeluarga())
        .add("kodeNagari", r.kodeNagari())
        .add("jenisLayanan", r.jenisLayanan().name())
        .add("documentSha256", r.documentSha256())
        .add("signer", r.signer())
        .add("registeredBy", r.registeredBy());
  }

  static JsonObjectBuilder problem(BukuPermasalahanRow row, Locale locale) {
    var e = row.entry();
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("permohonanNomor", row.permohonanNomor())
        .add("reportedAt", e.reportedAt().toString())
        .add("atStatus", e.atStatus().name())
        .add("category", e.category().name())
        .add("categoryLabel", Labels.of(e.category(), locale))
        .add("description", e.description())
        .add("reportedBy", e.reportedBy())
        .add("open", e.isOpen());
    KkJson.put(json, "resolvedAt", e.resolvedAt() == null ? null : e.resolvedAt().toString());
    KkJson.put(json, "resolvedBy", e.resolvedBy());
    KkJson.put(json, "resolution", e.resolution());
    return json;
  }
}
