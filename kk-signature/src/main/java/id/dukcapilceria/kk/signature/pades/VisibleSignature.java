package id.dukcapilceria.kk.signature.pades;

import id.dukcapilceria.kk.signature.render.SignatureBox;
import java.util.Objects;

/** What a signature shows on the card's page. */
public sealed interface VisibleSignature {

  /** This system's box in the renderer's signature box: who signed, and why. */
  VisibleSignature TEXT_BOX = new TextBox();

  /** Nothing on the page: the signature is seen in a reader's signature panel only. */
  VisibleSignature NONE = new None();

  /** A picture (PNG) in {@code where}: a remote authority's stamp, such as BSrE's QR code. */
  static VisibleSignature picture(byte[] png, SignatureBox where) {
    return new Picture(png, where);
  }

  record TextBox() implements VisibleSignature {}

  record None() implements VisibleSignature {}

  record Picture(byte[] png, SignatureBox where) implements VisibleSignature {
    public Picture {
      Objects.requireNonNull(png);
      Objects.requireNonNull(where);
      png = png.clone();
    }

    @Override
    public byte[] png() {
      return png.clone();
    }
  }
}
