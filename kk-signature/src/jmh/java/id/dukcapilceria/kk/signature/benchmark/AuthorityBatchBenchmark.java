package id.dukcapilceria.kk.signature.benchmark;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.bsre.BsreSimulator;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoToken;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * A batch of 100 cards at B-LT through each signing authority, in one run so that the figures stand
 * side by side: the demo key here (the baseline), a SoftHSM2 token, and BSrE's v2 gateway played by
 * the simulator on this machine with 200 ms added to every call, 10 cards per call, 4 calls at once
 * (the client checks each returned card, raises it from B-T to B-LT and verifies it). Needs
 * {@code SOFTHSM2_CONF} set before the JVM starts (docs/performance.md gives the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(1)
public class AuthorityBatchBenchmark {

  private static final char[] PASSPHRASE = "bench-authority".toCharArray();
  private static final String PIN = "246810";
  private static final String NIK = "1305010101700001";
  private static final Signatory KADIS = new Signatory("KADIS", "", NIK);

  private Path dir;
  private BsreSimulator simulator;
  private SigningSession pkcs12;
  private SigningSession pkcs11;
  private SigningSession bsreV2;
  private List<byte[]> hundred;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("kk-bench-authority");
    DemoPki pki = DemoPki.createOrOpen(dir.resolve("pki"), PASSPHRASE);
    hundred = Collections.nCopies(100, new KkPdfRenderer().render(KkTestData.document(true)));
    pkcs12 = open(SigningAuthorities.configured(Map.of(SigningAuthorities.THREADS, "2"), pki), PASSPHRASE);
    DemoToken.create(pki, PASSPHRASE, PIN);
    pkcs11 = open(SigningAuthorities.configured(Map.of(SigningAuthorities.AUTHORITY, "pkcs11",
        SigningAuthorities.PKCS11_LIBRARY, DemoToken.LIBRARY.toString(), SigningAuthorities.THREADS, "2"), pki),
        PIN.toCharArray());
    simulator = new BsreSimulator(pki, PASSPHRASE, "bench", "bench").officer(NIK, "bsre-bench");
    URI gateway = simulator.start(0);
    simulator.delay(Duration.ofMillis(200));
    bsreV2 = open(SigningAuthorities.configured(Map.of(SigningAuthorities.AUTHORITY, "bsre-v2",
        SigningAuthorities.BSRE_URL, gateway.toString(), SigningAuthorities.BSRE_USER, "bench",
        SigningAuthorities.BSRE_PASSWORD, "bench", SigningAuthorities.BSRE_FILES_PER_CALL, "10",
        SigningAuthorities.BSRE_CONCURRENCY, "4"), pki), "bsre-bench".toCharArray());
  }

  private static SigningSession open(SigningAuthority authority, char[] secret) {
    try (Authorisation authorisation = Authorisation.passphrase(secret)) {
      return authority.open(KADIS, authorisation);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pkcs12.close();
    pkcs11.close();
    bsreV2.close();
    simulator.close();
  }

  private List<SigningSession.Result> batch(SigningSession session) {
    List<SigningSession.Result> results = session.signAll(hundred, SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { });
    if (!results.stream().allMatch(SigningSession.Result::isSigned)) {
      throw new IllegalStateException("a card was not signed: " + results.stream()
          .filter(r -> !r.isSigned()).findFirst().orElseThrow().refusal());
    }
    return results;
  }

  @Benchmark
  public Object batchOf100Pkcs12() {
    return batch(pkcs12);
  }

  @Benchmark
  public Object batchOf100SoftHsm() {
    return batch(pkcs11);
  }

  @Benchmark
  public Object batchOf100BsreV2Simulator200ms() {
    return batch(bsreV2);
  }
}
