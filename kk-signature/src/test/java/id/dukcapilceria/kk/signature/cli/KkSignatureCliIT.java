package id.dukcapilceria.kk.signature.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract, run as a user runs it: {@code java -jar target/kk-signature-cli.jar}
 * in a separate process, exit codes and the JSON report checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KkSignatureCliIT {

  private static final String PASSPHRASE = "rahasia-uji-cli";
  @TempDir static Path dir;
  private static Path pki;

  record Run(int exit, String out, String err) {}

  private static Run cli(String passphrase, String... args) throws IOException, InterruptedException {
    return cli(passphrase, java.util.Map.of(), args);
  }

  private static Run cli(String passphrase, java.util.Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("kk.cli.jar", "target/kk-signature-cli.jar")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("KK_SIGN_PASSPHRASE");
    if (passphrase != null) {
      builder.environment().put("KK_SIGN_PASSPHRASE", passphrase);
    }
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the tool finished");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @BeforeAll
  static void createPki() throws Exception {
    pki = dir.resolve("pki");
    Run run = cli(PASSPHRASE, "demo-pki", pki.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.readString(pki.resolve("root.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
  }

  @Test
  @Order(1)
  void renderSignAndVerifyAtEveryLevel() throws Exception {
    Path card = dir.resolve("kk.pdf");
    assertEquals(0, cli(null, "render-demo", card.toString()).exit());
    assertTrue(new String(Files.readAllBytes(card), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

    for (String level : List.of("B-B", "B-T", "B-LT", "B-LTA")) {
      Path signed = dir.resolve("kk-" + level + ".pdf");
      Run sign = cli(PASSPHRASE, "sign", card.toString(), signed.toString(), "--pki", pki.toString(), "--level", level);
      assertEquals(0, sign.exit(), sign.err());
      if (level.equals("B-LT") || level.equals("B-LTA")) {
        Run verify = cli(null, "verify", signed.toString(), "--trust", pki.resolve("root.pem").toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().startsWith("{\"indication\":\"TOTAL_PASSED\""), verify.out());
        assertTrue(verify.out().contains("\"level\":\"PAdES-BASELINE-" + level.substring(2) + "\""), verify.out());
      }
    }
  }

  @Test
  @Order(2)
  void signsThroughBsresGatewayWhenTheAuthorityIsNamed() throws Exception {
    String nik = "1305010101700001";
    try (var simulator = new id.dukcapilceria.kk.signature.bsre.BsreSimulator(
        id.dukcapilceria.kk.signature.pki.DemoPki.createOrOpen(pki), PASSPHRASE.toCharArray(), "cli", "gerbang")
        .officer(nik, "passphrase-bsre")) {
      java.net.URI gateway = simulator.start(0);
      java.util.Map<String, String> environment = java.util.Map.of("KK_SIGNING_BSRE_URL", gateway.toString(),
          "KK_SIGNING_BSRE_USER", "cli", "KK_SIGNING_BSRE_PASSWORD", "gerbang");
      Path signed = dir.resolve("kk-bsre.pdf");
      Run sign = cli("passphrase-bsre", environment, "sign", dir.resolve("kk.pdf").toString(), signed.toString(),
          "--pki", pki.toString(), "--authority", "bsre-v2", "--nik", nik);
      assertEquals(0, sign.exit(), sign.err());
      assertTrue(sign.err().contains("bsre-v2"), sign.err());
      Run verify = cli(null, "verify", signed.toString(), "--trust", pki.resolve("root.pem").toString());
      assertEquals(0, verify.exit(), verify.out() + verify.err());
      assertEquals(1, simulator.signCalls());

      Run wrong = cli("salah", environment, "sign", dir.resolve("kk.pdf").toString(), dir.resolve("x.pdf").toString(),
          "--pki", pki.toString(), "--authority", "bsre-v1", "--nik", nik);
      assertEquals(77, wrong.exit(), wrong.err());
      Run unknown = cli("passphrase-bsre", environment, "sign", dir.resolve("kk.pdf").toString(),
          dir.resolve("x.pdf").toString(), "--pki", pki.toString(), "--authority", "bsre-v1", "--nik", "1305010101700009");
      assertEquals(69, unknown.exit(), unknown.err());
      assertTrue(unknown.err().contains("belum terdaftar"), unknown.err());
    }
  }

  @Test
  @Order(3)
  void anUntrustedRootIsIndeterminateAndAChangedByteFails() throws Exception {
    Path signed = dir.resolve("kk-B-LT.pdf");
    Run untrusted = cli(null, "verify", signed.toString());
    assertEquals(2, untrusted.exit(), untrusted.out());
    assertTrue(untrusted.out().contains("\"indication\":\"INDETERMINATE\""), untrusted.out());

    byte[] bytes = Files.readAllBytes(signed);
    // one byte inside the first part of the signed range (the page content, before the signature)
    bytes[bytes.length / 5] ^= 0x01;
    Path tampered = dir.resolve("tampered.pdf");
    Files.write(tampered, bytes);
    Run failed = cli(null, "verify", tampered.toString(), "--trust", pki.resolve("root.pem").toString());
    assertTrue(failed.exit() == 1 || failed.exit() == 65, failed.out() + failed.err());
    assertFalse(failed.out().contains("TOTAL_PASSED"));
  }

  @Test
  @Order(4)
  void badInputGetsAClearMessageAndItsExitCode() throws Exception {
    Path text = Files.writeString(dir.resolve("bukan.pdf"), "bukan PDF");
    Path empty = Files.write(dir.resolve("kosong.pdf"), new byte[0]);
    byte[] card = Files.readAllBytes(dir.resolve("kk.pdf"));
    Path truncated = Files.write(dir.resolve("terpotong.pdf"), java.util.Arrays.copyOf(card, card.length / 3));

    for (Path bad : List.of(text, empty, truncated)) {
      Run run = cli(null, "verify", bad.toString());
      assertEquals(65, run.exit(), bad + ": " + run.out() + run.err());
      assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
      assertFalse(run.err().isBlank());
    }
    assertEquals(66, cli(null, "verify", dir.resolve("tidak-ada.pdf").toString()).exit());
    assertEquals(64, cli(null, "verify").exit());
    assertEquals(64, cli(null, "bogus").exit());
    assertEquals(64, cli(PASSPHRASE, "sign", "a.pdf", "--level", "B-X").exit());
    Run wrong = cli("salah", "sign", dir.resolve("kk.pdf").toString(), dir.resolve("x.pdf").toString(), "--pki", pki.toString());
    assertEquals(77, wrong.exit(), wrong.err());
    assertTrue(wrong.err().contains("Passphrase atau kode salah"), wrong.err());
  }

  @Test
  @Order(5)
  void unsignedPdfsWithJavaScriptOrEncryptionGetAResultNotATrace() throws Exception {
    Path script = dir.resolve("javascript.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');"));
      pdf.save(script.toFile());
    }
    Run js = cli(null, "verify", script.toString());
    assertEquals(1, js.exit(), js.out() + js.err());
    assertTrue(js.out().contains("\"indication\":\"TOTAL_FAILED\""), js.out());
    assertTrue(js.out().contains("\"subIndication\":\"NO_SIGNATURE_FOUND\""), js.out());

    Path encrypted = dir.resolve("terkunci.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("pemilik", "pengguna", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(encrypted.toFile());
    }
    Run locked = cli(null, "verify", encrypted.toString());
    assertTrue(locked.exit() == 65 || locked.exit() == 1, locked.out() + locked.err());
    assertFalse(locked.err().contains("Exception"), locked.err());
  }
}
