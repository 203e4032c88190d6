package id.dukcapilceria.kk.signature.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed PDFs made by an attacker for the public verification: what they name or declare must not
 * make the verifier connect anywhere or allocate what the file asks for.
 */
class HostileSignedPdfTest {

  private ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> held = new ArrayList<>();

  /** A local listener that records every connection and answers nothing (a slow server). */
  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(() -> {
      while (!listener.isClosed()) {
        try {
          Socket socket = listener.accept();
          connections.incrementAndGet();
          synchronized (held) {
            held.add(socket);
          }
        } catch (IOException closed) {
          return;
        }
      }
    }, "recording-listener");
    accepting.setDaemon(true);
    accepting.start();
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void certificatesThatNameAnAddressMakeTheVerifierConnectNowhere() throws Exception {
    String local = "http://127.0.0.1:" + listener.getLocalPort();
    for (String aia : List.of(local + "/issuer.cer", "file:///dev/zero")) {
      byte[] signed = signedByACertificatePointingAt(aia, local);

      long started = System.nanoTime();
      // preemptive: a verifier that connects waits on the silent listener for good
      VerificationReport report = assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> new KkSignatureVerifier(List.of()).verify(signed));
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertEquals(0, connections.get(), "connections to " + aia + "'s listener");
      assertEquals(1, report.signatureCount());
      assertNotEquals(Indication.TOTAL_PASSED, report.indication(), "an unknown issuer is not trusted");
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "answered in " + took);
    }
  }

  @Test
  void aHugePageBoxInALaterRevisionIsNotRenderedAndCountsAsChanged(@TempDir Path pkiDir) throws Exception {
    DemoPki pki = DemoPki.createOrOpen(pkiDir);
    byte[] card;
    try (KadisCredentials kadis = pki.openKadisKey(DemoPki.DEMO_PASSPHRASE.toCharArray())) {
      card = pki.padesSigner().sign(new KkPdfRenderer().render(KkTestData.document(true)), kadis,
          SignatureLevel.PAdES_BASELINE_B);
    }
    KkSignatureVerifier verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    assertTrue(verifier.verify(card).isValid(), "the card as signed");

    // a later revision, 21 KB on top of the card, declares page 1 a square of 200 km
    byte[] enlarged;
    try (PDDocument document = Loader.loadPDF(card); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = document.getPage(0);
      PDRectangle huge = new PDRectangle(0, 0, 5.0e8f, 5.0e8f);
      page.setMediaBox(huge);
      page.setCropBox(huge);
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
      enlarged = out.toByteArray();
    }
    long heapBefore = usedHeap();
    long started = System.nanoTime();
    VerificationReport report = verifier.verify(enlarged);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(report.checks().modifiedAfterSigning(), "a page that cannot be compared is not vouched for");
    assertEquals(RecipientVerdict.CHANGED_AFTER_SIGNING, RecipientVerdict.of(report));
    assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "answered in " + took);
    assertTrue(usedHeap() - heapBefore < 256L * 1024 * 1024, "no giant raster was kept");
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * A B-B signature by a certificate whose issuer is not in the PDF: its AIA extension names
   * where to fetch the issuer, its OCSP and CRL addresses point at the recording listener.
   */
  private static byte[] signedByACertificatePointingAt(String caIssuers, String local) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair issuerKeys = generator.generateKeyPair();
    KeyPair signerKeys = generator.generateKeyPair();
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        new X500Name("CN=Penerbit Tak Dikenal,O=Uji"), BigInteger.valueOf(now.toEpochMilli()),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
        new X500Name("CN=Penanda Tangan Palsu,O=Uji"), signerKeys.getPublic());
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
        new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, caIssuers)),
        new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, local + "/ocsp"))}));
    builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
        new DistributionPoint(new DistributionPointName(new GeneralNames(
            new GeneralName(GeneralName.uniformResourceIdentifier, local + "/ca.crl"))), null, null)}));
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));

    CommonCertificateVerifier offline = new CommonCertificateVerifier();
    offline.setAIASource(null);
    PAdESService service = new PAdESService(offline);
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
    parameters.setDigestAlgorithm(eu.europa.esig.dss.enumerations.DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(certificate));
    parameters.setCertificateChain(List.of(new CertificateToken(certificate)));
    DSSDocument unsigned = new InMemoryDocument(new KkPdfRenderer().render(KkTestData.document(true)), "kk.pdf");
    ToBeSigned toBeSigned = service.getDataToSign(unsigned, parameters);
    SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, rawSignature(signerKeys.getPrivate(), toBeSigned.getBytes()));
    return service.signDocument(unsigned, parameters, value).openStream().readAllBytes();
  }

  private static byte[] rawSignature(PrivateKey key, byte[] data) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(data);
    return signature.sign();
  }
}
