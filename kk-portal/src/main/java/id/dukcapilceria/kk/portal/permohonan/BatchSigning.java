package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.portal.permohonan.SignatureStep.CardToSign;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Kadis signs several confirmed applications with one passphrase entry (SOP step 4). The
 * signing session is opened at once, so a wrong passphrase is told before anything starts; the
 * cards are then rendered, signed by the signing authority (no transaction open meanwhile) and
 * recorded one by one in the background, each in its own transaction, while the page shows the
 * progress. A card that cannot be signed or recorded (for
 * example because it was returned meanwhile) is reported with its reason; the others go on.
 */
@ApplicationScoped
public class BatchSigning {

  private static final Logger LOG = Logger.getLogger(BatchSigning.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject KkSigningService signing;
  @Inject SignatureStep step;

  /** The outcome of one application of the batch. */
  public record Outcome(long id, String nomor, boolean signed, String message) implements Serializable {}

  /** What the page polls: how far the batch is, and each application's outcome so far. */
  public static final class Progress implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private volatile boolean finished;

    Progress(int total) {
      this.total = total;
    }

    void report(Outcome outcome) {
      outcomes.add(outcome);
      done.incrementAndGet();
    }

    public int total() {
      return total;
    }

    public int done() {
      return done.get();
    }

    public int percent() {
      return total == 0 ? 100 : done.get() * 100 / total;
    }

    public boolean finished() {
      return finished;
    }

    public List<Outcome> outcomes() {
      return List.copyOf(outcomes);
    }

    public long signedCount() {
      return outcomes.stream().filter(Outcome::signed).count();
    }
  }

  /**
   * Starts signing {@code ids}. The passphrase is wiped here; the session it opened is closed when
   * the batch is over.
   *
   * @throws id.dukcapilceria.kk.signature.authority.SigningRefusal if the session cannot be opened
   *     (e.g. a wrong passphrase), before anything is signed
   */
  public Progress start(Actor actor, List<Long> ids, char[] passphrase, Function<RuntimeException, String> explain) {
    return start(actor, ids, Authorisation.Kind.PASSPHRASE, passphrase, explain);
  }

  /**
   * As {@link #start(Actor, List, char[], Function)}, authorised with a passphrase or a one-time
   * code.
   *
   * @param explain what the officer reads about a card that could not be signed (the page's words
   *     for the refusal, in the officer's language)
   */
  public Progress start(Actor actor, List<Long> ids, Authorisation.Kind kind, char[] secret,
      Function<RuntimeException, String> explain) {
    SigningSession session = step.open(actor, kind, secret);
    Progress progress = new Progress(ids.size());
    try {
      executor.submit(() -> run(actor, List.copyOf(ids), session, progress, explain));
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    return progress;
  }

  private void run(Actor actor, List<Long> ids, SigningSession session, Progress progress,
      Function<RuntimeException, String> explain) {
    try (session) {
      List<CardToSign> cards = new ArrayList<>();
      for (long id : ids) {
        try {
          cards.add(step.prepare(actor, id));
        } catch (RuntimeException e) {
          progress.report(new Outcome(id, null, false, explain.apply(e)));
        }
      }
      List<SigningSession.Result> results =
          signing.signAll(cards.stream().map(CardToSign::unsigned).toList(), session, (r, d, t) -> { });
      step.settle(actor, results, index -> cards.get(index).nomor());
      for (SigningSession.Result result : results) {
        CardToSign card = cards.get(result.index());
        if (!result.isSigned()) {
          progress.report(new Outcome(card.id(), card.nomor(), false, explain.apply(result.refusal())));
          continue;
        }
        try {
          step.record(actor, card, signing.signedPdf(result.signed(), session, card.token(), card.official()));
          progress.report(new Outcome(card.id(), card.nomor(), true, null));
        } catch (RuntimeException e) {
          progress.report(new Outcome(card.id(), card.nomor(), false, explain.apply(e)));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Batch signature stopped", e);
    } finally {
      progress.finished = true;
    }
  }
}
