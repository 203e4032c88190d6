package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.portal.dokumen.UploadCheck;
import id.dukcapilceria.kk.portal.dokumen.VirusScan;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The requirement documents of a request: {@code documents: [{jenis, fileName, content}]} with the
 * scan in base64. Each scan passes the portal's own {@link UploadCheck} (kind by content, 5 MB, no
 * active PDF content) and {@link VirusScan}; all are checked before any is stored, so a refused
 * request leaves nothing.
 */
final class DocumentsJson {

  private DocumentsJson() {}

  static List<RequirementDocument> read(JsonInput json, Actor actor, DocumentStore store, VirusScan virusScan,
      Instant now) {
    record Accepted(JenisDokumen jenis, String fileName, String mediaType, byte[] content) {}
    List<Accepted> accepted = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (JsonInput item : json.objects("documents")) {
      JenisDokumen jenis = item.code("jenis", JenisDokumen.class);
      String fileName = item.string("fileName");
      String base64 = item.string("content");
      if (jenis == null) {
        errors.add(FieldError.of(item.pathOf("jenis"), "value.required", "api.field.required"));
      }
      if (base64 == null) {
        errors.add(FieldError.of(item.pathOf("content"), "value.required", "api.field.required"));
        continue;
      }
      byte[] content;
      try {
        // line breaks are tolerated (MIME-style wrapping), any other character outside base64 is not
        content = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badField(item.pathOf("content"), "type.base64", "api.field.base64");
      }
      UploadCheck.Result check = virusScan.check(content, actor.username());
      if (!check.isAccepted()) {
        String refusal = check.refusal();
        errors.add(new FieldError(item.pathOf("content"), refusal,
            locale -> Texts.in(locale, refusal, jenis == null ? "-" : jenis.label(locale))));
      } else if (jenis != null) {
        accepted.add(new Accepted(jenis, fileName, check.mediaType(), content));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(422, "api.problem.invalidDocuments", errors);
    }
    return accepted.stream()
        .map(a -> new RequirementDocument(a.jenis(), a.fileName(), a.mediaType(), a.content().length,
            store.put(a.content()), now, actor.username()))
        .toList();
  }
}
