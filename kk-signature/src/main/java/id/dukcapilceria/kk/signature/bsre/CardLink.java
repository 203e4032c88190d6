package id.dukcapilceria.kk.signature.bsre;

import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The address a card's QR code leads to, as the card itself carries it: the renderer makes the QR
 * code on the first page a link to its verification page. A visible BSrE signature shows that same
 * address as its QR code, so it is read from the card that is signed, never passed beside it.
 */
final class CardLink {

  private CardLink() {}

  /**
   * @throws SigningRefusal (FAILED) when the first page holds no web link
   */
  static String of(byte[] card) {
    try (PDDocument document = Loader.loadPDF(card)) {
      if (document.getNumberOfPages() > 0) {
        for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
              && uri.getURI() != null && uri.getURI().matches("https?://\\S+")) {
            return uri.getURI();
          }
        }
      }
    } catch (IOException e) {
      throw new SigningRefusal(SigningRefusal.Reason.FAILED, "the card is not a readable PDF", e);
    }
    throw new SigningRefusal(SigningRefusal.Reason.FAILED, "the card carries no link for a visible signature's QR code");
  }
}
