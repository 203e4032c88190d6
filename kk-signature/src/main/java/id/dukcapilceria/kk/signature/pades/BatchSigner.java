package id.dukcapilceria.kk.signature.pades;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs many KKs with one opened key: the Kadis types the passphrase once for the batch. Documents
 * are signed in parallel on the given number of threads; each finished document is reported, and a
 * document that fails is reported with its reason without stopping the others.
 */
public final class BatchSigner {

  private final KkPadesSigner signer;
  private final int threads;

  public BatchSigner(KkPadesSigner signer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("At least one thread is needed");
    }
    this.signer = signer;
    this.threads = threads;
  }

  /** One thread per processor. */
  public BatchSigner(KkPadesSigner signer) {
    this(signer, Runtime.getRuntime().availableProcessors());
  }

  /** The outcome for one document of the batch, in the order given: signed, or why not. */
  public record Result(int index, byte[] signed, RuntimeException failure) {
    public boolean isSigned() {
      return failure == null;
    }

    /** Why the document was not signed, for a log or a person; null when it was signed. */
    public String error() {
      return failure == null ? null
          : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
  }

  /** Told after each document, from the signing threads: keep it quick and thread-safe. */
  @FunctionalInterface
  public interface Progress {
    void documentDone(Result result, int done, int total);
  }

  public List<Result> signAll(List<byte[]> pdfs, DigestSigner key, SignatureLevel level, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, pdfs.size())));
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<Result>> pending = new ArrayList<>();
      for (int i = 0; i < pdfs.size(); i++) {
        int index = i;
        pending.add(pool.submit(() -> {
          Result result = signOne(index, pdfs.get(index), key, level);
          progress.documentDone(result, done.incrementAndGet(), pdfs.size());
          return result;
        }));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> future : pending) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Batch signing was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Batch signing failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Result signOne(int index, byte[] pdf, DigestSigner key, SignatureLevel level) {
    try {
      return new Result(index, signer.sign(pdf, key, level), null);
    } catch (RuntimeException e) {
      // the Kadis sees which document failed and why; the others are still signed
      return new Result(index, null, e);
    }
  }
}
