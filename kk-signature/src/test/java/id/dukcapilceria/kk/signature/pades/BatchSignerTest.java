package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSignerTest {

  @TempDir Path dir;

  @Test
  void signsEveryDocumentWithOnePassphraseAndReportsTheOneThatFails() {
    DemoPki pki = DemoPki.createOrOpen(dir, "batch-pass".toCharArray());
    byte[] card = new KkPdfRenderer().render(KkTestData.document(true));
    List<byte[]> pdfs = new ArrayList<>(Collections.nCopies(6, card));
    pdfs.set(3, "bukan PDF".getBytes(StandardCharsets.US_ASCII));
    List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

    List<BatchSigner.Result> results;
    try (KadisCredentials key = pki.openKadisKey("batch-pass".toCharArray())) {
      results = new BatchSigner(pki.padesSigner(), 2)
          .signAll(pdfs, key, SignatureLevel.PAdES_BASELINE_LT, (result, done, total) -> progress.add(done));
    }

    assertEquals(6, results.size());
    assertEquals(List.of(0, 1, 2, 3, 4, 5), results.stream().map(BatchSigner.Result::index).toList());
    assertFalse(results.get(3).isSigned());
    assertFalse(results.get(3).error().isBlank());
    KkSignatureVerifier verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    for (BatchSigner.Result result : results) {
      if (result.index() != 3) {
        assertTrue(result.isSigned(), result.error());
        assertEquals(Indication.TOTAL_PASSED, verifier.verify(result.signed()).indication());
      }
    }
    Collections.sort(progress);
    assertEquals(List.of(1, 2, 3, 4, 5, 6), progress, "each document is reported once as it finishes");
  }
}
