package id.dukcapilceria.kk.domain.benchmark;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating every family of Kabupaten Padang Pariaman (about 120,000 KKs) on one thread: the cost
 * of checking the whole regency again, e.g. after a rule changes. Run with
 * {@code mvn -Pbenchmark -pl kk-domain -am verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@Threads(1)
public class RegencyValidationBenchmark {

  static final int FAMILIES = 120_000;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private List<KartuKeluarga> regency;
  private KartuKeluargaValidator validator;

  @Setup
  public void generate() {
    regency = new SyntheticFamilies(2019, TODAY, WilayahDirectory.shared(), id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of("13.05")).families(FAMILIES).toList();
    validator = KartuKeluargaValidator.standard();
  }

  /** One operation = the whole regency; families/second = 120,000 / (ms/op / 1000). */
  @Benchmark
  public int validateWholeRegency() {
    int violations = 0;
    for (KartuKeluarga kk : regency) {
      violations += validator.validate(kk, JenisLayanan.PERUBAHAN_DATA, TODAY).size();
    }
    return violations;
  }
}
