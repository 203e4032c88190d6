package id.dukcapilceria.kk.signature.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {

  @TempDir Path dir;

  @Test
  void readsEveryCaCertificateOfTheFileAndRefusesAnythingElse() throws Exception {
    DemoPki pki = DemoPki.createOrOpen(dir.resolve("pki"), "anchors".toCharArray());
    Path both = Files.writeString(dir.resolve("anchors.pem"), TrustAnchors.pem(pki.rootCertificate()) + TrustAnchors.pem(pki.issuingCertificate()));
    assertEquals(List.of(pki.rootCertificate(), pki.issuingCertificate()), TrustAnchors.fromFile(both));

    Path withSigner = Files.writeString(dir.resolve("signer.pem"), TrustAnchors.pem(pki.rootCertificate()) + TrustAnchors.pem(pki.kadisCertificate()));
    IllegalArgumentException endEntity = assertThrows(IllegalArgumentException.class, () -> TrustAnchors.fromFile(withSigner));
    assertTrue(endEntity.getMessage().contains("not a certification authority"), endEntity.getMessage());

    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "bukan sertifikat");
    assertThrows(IllegalArgumentException.class, () -> TrustAnchors.fromFile(garbage));
    Path empty = Files.write(dir.resolve("empty.pem"), new byte[0]);
    assertThrows(IllegalArgumentException.class, () -> TrustAnchors.fromFile(empty));
    assertThrows(IllegalArgumentException.class, () -> TrustAnchors.fromFile(dir.resolve("missing.pem")));
  }
}
