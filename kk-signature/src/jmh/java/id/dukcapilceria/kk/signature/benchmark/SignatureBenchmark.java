package id.dukcapilceria.kk.signature.benchmark;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.BatchSigner;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering, signing at every PAdES level and verifying a KK, a batch of 100 at B-LT on both
 * cores, and two baselines in the same run: the raw RSA-2048 signature, and the same PDF signed
 * with plain PDFBox + BouncyCastle CMS (no DSS, no visible signature, no time-stamp). Sample mode
 * gives the median (p0.50) per operation. Rendering, signing and the baselines warm up for 60 s.
 * Verification warms up for 30 s: DSS's validation is a
 * large body of code, and its median keeps falling for the first two thousand documents. Run with {@code mvn -B install -DskipTests} then
 * {@code mvn -B -Dbenchmark -pl kk-signature verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// a minute of warm-up: B-B signing kept getting faster for about 45 s (mean 6.1 ms over the first
// 3 s, 4.0 over the next 3, 2.4-2.6 from 45 s on); the baselines get the same
@Warmup(iterations = 20, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SignatureBenchmark {

  private static final char[] PASSPHRASE = "benchmark".toCharArray();

  private Path dir;
  private DemoPki pki;
  private KadisCredentials key;
  private KkPadesSigner signer;
  private KkSignatureVerifier verifier;
  private KkSignatureVerifier verifierWithRevocation;
  private byte[] unsigned;
  private byte[] signedB;
  private byte[] signedT;
  private byte[] signedLt;
  private byte[] signedLta;
  private List<byte[]> hundred;
  private PrivateKey rawKey;
  private X509Certificate rawCertificate;
  private byte[] digestInput = new byte[32];

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("kk-bench");
    pki = DemoPki.createOrOpen(dir, PASSPHRASE);
    key = pki.openKadisKey(PASSPHRASE);
    signer = pki.padesSigner();
    verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    verifierWithRevocation = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    unsigned = new KkPdfRenderer().render(KkTestData.document(true));
    signedB = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
    signedT = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_T);
    signedLt = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_LT);
    signedLta = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_LTA);
    for (byte[] signed : List.of(signedB, signedT, signedLt, signedLta)) {
      // a benchmark of a failing verification would measure the wrong path
      var report = (signed == signedB || signed == signedT ? verifierWithRevocation : verifier).verify(signed);
      if (!report.isValid()) {
        throw new IllegalStateException("Benchmark input does not verify: " + report);
      }
    }
    hundred = Collections.nCopies(100, unsigned);
    // the same key as DSS uses, read straight from the PKCS#12 file for the baselines
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve("kadis.p12"))) {
      store.load(in, PASSPHRASE);
    }
    String alias = store.aliases().nextElement();
    rawKey = (PrivateKey) store.getKey(alias, PASSPHRASE);
    rawCertificate = key.certificate();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    key.close();
  }

  @Benchmark
  public byte[] render() {
    return new KkPdfRenderer().render(KkTestData.document(true));
  }

  @Benchmark
  public byte[] baselineRawRsa2048() throws Exception {
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(rawKey);
    rsa.update(digestInput);
    return rsa.sign();
  }

  /** The same PDF, a detached CMS signature with PDFBox's own signing API and BouncyCastle. */
  @Benchmark
  public byte[] baselinePdfBoxBouncyCastleCms() throws IOException {
    try (PDDocument document = Loader.loadPDF(unsigned); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setSignDate(Calendar.getInstance());
      document.addSignature(signature, this::cms);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(rawKey), rawCertificate));
      generator.addCertificates(new JcaCertStore(List.of(rawCertificate)));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  @Benchmark
  public byte[] signB() {
    return signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
  }

  @Benchmark
  public byte[] signT() {
    return signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_T);
  }

  @Benchmark
  public byte[] signLt() {
    return signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_LT);
  }

  @Benchmark
  public byte[] signLta() {
    return signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_LTA);
  }

  @Benchmark
  @Warmup(iterations = 6, time = 5)
  public Object verifyB() {
    return verifierWithRevocation.verify(signedB);
  }

  @Benchmark
  @Warmup(iterations = 6, time = 5)
  public Object verifyT() {
    return verifierWithRevocation.verify(signedT);
  }

  @Benchmark
  @Warmup(iterations = 6, time = 5)
  public Object verifyLt() {
    return verifier.verify(signedLt);
  }

  @Benchmark
  @Warmup(iterations = 6, time = 5)
  public Object verifyLta() {
    return verifier.verify(signedLta);
  }

  /**
   * DSS out of the box, for comparison with {@link #verifyLt}: the default policy read for each
   * document and DSS's own visual comparison, one rendering after the other.
   */
  @Benchmark
  @Warmup(iterations = 6, time = 5)
  public Object verifyLtDssDefaults() {
    PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(signedLt));
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(new CertificateToken(pki.rootCertificate()));
    CommonCertificateVerifier certificates = new CommonCertificateVerifier();
    certificates.setTrustedCertSources(trusted);
    validator.setCertificateVerifier(certificates);
    var simple = validator.validateDocument().getSimpleReport();
    return simple.getIndication(simple.getFirstSignatureId());
  }

  /**
   * 100 documents at B-LT on both cores; documents/second = 100 / (seconds per operation). The
   * steady state of a signing service that runs for days: the first few thousand documents run on
   * code the JIT has not compiled yet (in a plain loop, 12 ms per document over the first 3,000,
   * 7 ms over the next 3,000), so forty batches are signed before measuring; the warm-up figures
   * are printed as well.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 40)
  @Measurement(iterations = 20)
  public Object batchOf100AtLt() {
    return new BatchSigner(signer, 2).signAll(hundred, key, SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { });
  }
}
