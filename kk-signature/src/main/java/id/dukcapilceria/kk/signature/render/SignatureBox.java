package id.dukcapilceria.kk.signature.render;

/**
 * Where the visible signature goes: a rectangle left empty by the renderer. Coordinates are PDF
 * points measured from the <b>top-left</b> corner of the page, the convention of DSS {@code
 * SignatureFieldParameters}.
 *
 * @param page 1-based page number
 */
public record SignatureBox(int page, float x, float y, float width, float height) {}
