package id.dukcapilceria.kk.signature.pades.dss;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.pades.PAdESCommonParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * DSS's PDFBox services with the native (text, not image) signature drawer, each box drawn once
 * ({@link ReusedAppearanceDrawers}), writing into
 * {@link UnsharedMemoryResources}, and putting each finished CMS (the signature and the
 * time-stamps of T and LTA) into its reserved space with {@link SignaturePlaceholder}. Everything
 * else, from the signature dictionary to the digest and the CMS, is DSS's own.
 */
public final class KkPdfObjectFactory extends PdfBoxNativeObjectFactory {

  /** The visible signature boxes, drawn once per signer and page shape for all signatures. */
  private final ReusedAppearanceDrawers drawers = new ReusedAppearanceDrawers();

  public KkPdfObjectFactory() {
    setResourcesHandlerBuilder(new UnsharedMemoryResources());
  }

  @Override
  public PDFSignatureService newPAdESSignatureService() {
    return configure(new DirectPlacement(PDFServiceMode.SIGNATURE, drawers));
  }

  @Override
  public PDFSignatureService newContentTimestampService() {
    return configure(new DirectPlacement(PDFServiceMode.CONTENT_TIMESTAMP, drawers));
  }

  @Override
  public PDFSignatureService newSignatureTimestampService() {
    return configure(new DirectPlacement(PDFServiceMode.SIGNATURE_TIMESTAMP, drawers));
  }

  @Override
  public PDFSignatureService newArchiveTimestampService() {
    return configure(new DirectPlacement(PDFServiceMode.ARCHIVE_TIMESTAMP, drawers));
  }

  private static final class DirectPlacement extends PdfBoxSignatureService {

    DirectPlacement(PDFServiceMode mode, ReusedAppearanceDrawers drawers) {
      super(mode, drawers);
    }

    /**
     * DSS keeps the prepared file from computing the digest; the CMS goes into it directly. When
     * there is no such file, or its reserved space is not as expected, DSS's own way runs.
     */
    @Override
    public DSSDocument sign(DSSDocument document, byte[] cms, PAdESCommonParameters parameters) {
      DSSDocument prepared = parameters.getPdfSignatureCache().getToBeSignedDocument();
      if (prepared != null) {
        Optional<byte[]> signed = SignaturePlaceholder.fill(bytes(prepared), cms);
        if (signed.isPresent()) {
          parameters.reinit();
          return new InMemoryDocument(signed.get(), null, MimeTypeEnum.PDF);
        }
      }
      return super.sign(document, cms, parameters);
    }

    private static byte[] bytes(DSSDocument document) {
      if (document instanceof InMemoryDocument memory) {
        return memory.getBytes();
      }
      try (InputStream in = document.openStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
