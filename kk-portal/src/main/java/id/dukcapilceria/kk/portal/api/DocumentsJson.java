package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.portal.dokumen.UploadCheck;
import id.dukcapilceria.kk.portal.dokumen.VirusScan;
import id.dukcapilceria.kk.portal.text.PortalTexts;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requirement documents of a request: {@code documents: [{jenis, fileName, content}]} with the
 * scan in base64. Each scan passes the portal's own {@link UploadCheck} (kind by content, 5 MB, no
 * active PDF content) and {@link VirusScan}; all are checked before any is stored, so a refused
 * request leaves nothing.
 */
final class DocumentsJson {

  private DocumentsJson() {}

  /**
   * The documents of a request and their content, checked but not yet stored: the content is put
   * into the document store only once the workflow has accepted the step, so that a refused request
   * leaves no file behind.
   */
  record Scans(List<RequirementDocument> documents, Map<String, byte[]> contents) {

    /**
     * Stores the content, by SHA-256, once the workflow has accepted the step, still inside its
     * transaction. (Should the commit itself fail, the stored files are unreferenced copies,
     * addressed by their content.)
     */
    void store(DocumentStore store) {
      contents.values().forEach(store::put);
    }
  }

  static Scans read(JsonInput json, Actor actor, VirusScan virusScan, Instant now) {
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
            locale -> PortalTexts.in(locale, refusal, jenis == null ? "-" : jenis.label(locale))));
      } else if (jenis != null) {
        accepted.add(new Accepted(jenis, fileName, check.mediaType(), content));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(422, "api.problem.invalidDocuments", errors);
    }
    Map<String, byte[]> contents = new LinkedHashMap<>();
    List<RequirementDocument> documents = accepted.stream()
        .map(a -> {
          String sha256 = Sha256.hex(a.content());
          contents.put(sha256, a.content());
          return new RequirementDocument(a.jenis(), a.fileName(), a.mediaType(), a.content().length, sha256, now,
              actor.username());
        })
        .toList();
    return new Scans(documents, contents);
  }
}
