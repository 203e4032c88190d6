package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tools that share no code with us accept what we sign: poppler's pdfsig and qpdf. */
class IndependentCheckersTest {

  @TempDir static Path dir;

  record Run(int exit, String output) {}

  private static Run run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    return new Run(process.exitValue(), output);
  }

  @ParameterizedTest
  @EnumSource(value = SignatureLevel.class, names = {"PAdES_BASELINE_B", "PAdES_BASELINE_T", "PAdES_BASELINE_LT", "PAdES_BASELINE_LTA"})
  void pdfsigAndQpdfAcceptEveryLevel(SignatureLevel level) throws Exception {
    DemoPki pki = DemoPki.createOrOpen(dir.resolve("pki"), "independent".toCharArray());
    byte[] signed;
    try (KadisCredentials key = pki.openKadisKey("independent".toCharArray())) {
      signed = pki.padesSigner().sign(new KkPdfRenderer().render(KkTestData.document(true)), key, level);
    }
    Path file = Files.write(dir.resolve(level + ".pdf"), signed);

    Run pdfsig = run("/usr/bin/pdfsig", file.toString());
    assertTrue(pdfsig.output().contains("Signature is Valid"), pdfsig.output());
    if (level == SignatureLevel.PAdES_BASELINE_B || level == SignatureLevel.PAdES_BASELINE_T) {
      assertTrue(pdfsig.output().contains("Total document signed"), pdfsig.output());
    } else {
      // LT and LTA add validation data (and a document time-stamp) in a later revision, as PAdES
      // requires; pdfsig therefore reports the first signature as not covering the whole file
      assertTrue(pdfsig.output().contains("Not total document signed"), pdfsig.output());
    }

    Run qpdf = run("/usr/bin/qpdf", "--check", file.toString());
    assertEquals(0, qpdf.exit(), qpdf.output());
    assertTrue(qpdf.output().contains("No syntax or stream encoding errors found"), qpdf.output());

    // every font embedded, and each one a subset that says so by its tag (ISO 32000-1 9.6.4):
    // the card's font and the visible signature's, cut to the signer's words
    Run pdffonts = run("/usr/bin/pdffonts", file.toString());
    java.util.List<String> fonts = pdffonts.output().lines().skip(2).filter(line -> !line.isBlank()).toList();
    assertEquals(2, fonts.size(), pdffonts.output());
    for (String font : fonts) {
      assertTrue(font.matches("[A-Z]{6}\\+LiberationSans\\s.*\\syes\\s+yes\\s+yes\\s.*"), pdffonts.output());
    }
  }
}
