package id.dukcapilceria.kk.signature.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The independent checkers the tests run on signed cards (pdfsig, qpdf), as separate processes. */
public final class Commands {

  private Commands() {}

  /** What {@code command} printed (standard output and error); it must end within a minute. */
  public static String output(String... command) throws IOException, InterruptedException {
    return run(command).output();
  }

  /** What {@code command} printed; it must end within a minute and exit 0. */
  public static String succeeded(String... command) throws IOException, InterruptedException {
    Ran ran = run(command);
    assertEquals(0, ran.exit(), ran.output());
    return ran.output();
  }

  private record Ran(int exit, String output) {}

  private static Ran run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    return new Ran(process.exitValue(), output);
  }
}
