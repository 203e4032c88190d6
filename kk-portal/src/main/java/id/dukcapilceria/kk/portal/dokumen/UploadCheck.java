package id.dukcapilceria.kk.portal.dokumen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;

/**
 * Decides what an uploaded scan is from its content, never from its name: a PDF, JPEG or PNG of at
 * most {@link #MAX_BYTES}. PDFs must open, must not be encrypted and must not carry JavaScript,
 * launch actions or embedded files. Anything else is refused with the reason (a message key).
 */
public final class UploadCheck {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final String[] ACTIVE_PDF_CONTENT = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/XFA"};

  private UploadCheck() {}

  /** The media type of an acceptable scan, or a refusal. */
  public static Result check(byte[] content) {
    if (content.length == 0) {
      return Result.refused("upload.empty");
    }
    if (content.length > MAX_BYTES) {
      return Result.refused("upload.tooLarge");
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Result.accepted("image/jpeg");
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Result.accepted("image/png");
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return checkPdf(content);
    }
    return Result.refused("upload.type");
  }

  private static Result checkPdf(byte[] content) {
    // a quick look at the raw bytes catches active content in uncompressed objects
    String raw = new String(content, StandardCharsets.ISO_8859_1);
    for (String marker : ACTIVE_PDF_CONTENT) {
      if (raw.contains(marker)) {
        return Result.refused("upload.pdfActive");
      }
    }
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.isEncrypted()) {
        return Result.refused("upload.pdfEncrypted");
      }
      PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
      boolean active = names != null && (names.getJavaScript() != null || names.getEmbeddedFiles() != null);
      if (active || pdf.getDocumentCatalog().getOpenAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript) {
        return Result.refused("upload.pdfActive");
      }
      return Result.accepted("application/pdf");
    } catch (IOException e) {
      return Result.refused("upload.pdfBroken");
    }
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Accepted with a media type, or refused with a message key. */
  public record Result(String mediaType, String refusal) {
    static Result accepted(String mediaType) {
      return new Result(mediaType, null);
    }

    static Result refused(String key) {
      return new Result(null, key);
    }

    public boolean isAccepted() {
      return refusal == null;
    }
  }
}
