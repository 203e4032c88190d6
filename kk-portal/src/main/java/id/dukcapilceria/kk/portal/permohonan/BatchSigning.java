package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.portal.permohonan.SignatureStep.CardToSign;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.portal.cluster.SharedMap;
import id.dukcapilceria.kk.portal.cluster.SharedState;
import id.dukcapilceria.kk.portal.text.PortalRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
 *
 * <p>The progress is kept in the cluster's {@link SharedState}, so that any node can show it (to
 * the Kadis who started it, and only to them). When the node that runs a batch stops before the
 * batch ends, the progress says so: each card it recorded is signed and registered, the others are
 * still confirmed, unchanged, and can be signed again on any node. A node that is stopped (not
 * crashed) finishes recording the card at hand, hands the others back (each reported as not
 * signed, with the reason) and ends the batch as interrupted before it stops, waiting at most
 * {@link #HAND_BACK_WAIT}.
 */
@ApplicationScoped
public class BatchSigning {

  private static final Logger LOG = Logger.getLogger(BatchSigning.class.getName());
  /** How long a batch's progress can be looked at after its last change. */
  private static final Duration KEPT = Duration.ofHours(12);
  private static final int MAX_KEPT = 10_000;
  /** The refusal of a batch asked of a node that is stopping. */
  public static final String STOPPING = "kadis.batchStopping";
  /** How long a stopping node waits for its batches to hand back (signing what is under way first). */
  static final Duration HAND_BACK_WAIT = Duration.ofSeconds(30);

  @Resource ManagedExecutorService executor;
  @Inject KkSigningService signing;
  @Inject SignatureStep step;
  @Inject SharedState shared;

  /** The outcome of one application of the batch. */
  public record Outcome(long id, String nomor, boolean signed, String message) implements Serializable {}

  /**
   * What the page polls: how far the batch is, and each application's outcome so far.
   *
   * @param id the batch's name, random
   * @param kadis the user who started it: the only one who may look at it
   * @param node the cluster member that runs it
   * @param interrupted that node stopped before the batch ended
   */
  public record Progress(String id, String kadis, String node, int total, List<Outcome> outcomes,
      boolean finished, boolean interrupted) implements Serializable {

    public Progress {
      outcomes = List.copyOf(outcomes);
    }

    Progress with(Outcome outcome) {
      List<Outcome> more = new ArrayList<>(outcomes);
      more.add(outcome);
      return new Progress(id, kadis, node, total, more, finished, interrupted);
    }

    Progress ended() {
      return new Progress(id, kadis, node, total, outcomes, true, interrupted);
    }

    /** The node stopped (or was lost) before the batch ended. */
    Progress lost() {
      return new Progress(id, kadis, node, total, outcomes, true, true);
    }

    public int done() {
      return outcomes.size();
    }

    public int percent() {
      return total == 0 ? 100 : done() * 100 / total;
    }

    public long signedCount() {
      return outcomes.stream().filter(Outcome::signed).count();
    }
  }

  /** Set as the portal stops: running batches hand back what they have not recorded. */
  private final AtomicBoolean stopping = new AtomicBoolean();
  /** One party per running batch, and this bean's own. */
  private final Phaser running = new Phaser(1);
  private SharedMap<Progress> batches;
  /** The newest batch of each Kadis, by user name: shown again after signing in on another node. */
  private SharedMap<String> newest;

  @PostConstruct
  void share() {
    batches = shared.map("kk.batch-signing", KEPT, MAX_KEPT);
    newest = shared.map("kk.batch-signing.newest", KEPT, MAX_KEPT);
    shared.onStopping(this::handBack);
  }

  /**
   * Waits, as the portal stops, until every batch of this node has handed back what it has not
   * recorded: at the start of the cluster's stop (while the shared progress can still be written),
   * or, alone, as the application stops. Once only.
   */
  @PreDestroy
  void handBack() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    int phase = running.arrive();
    if (running.getRegisteredParties() > 1) {
      LOG.info(() -> (running.getRegisteredParties() - 1) + " batch signature(s) handing back as the portal stops");
    }
    try {
      running.awaitAdvanceInterruptibly(phase, HAND_BACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warning(() -> "Batch signatures still running after " + HAND_BACK_WAIT + "; stopping anyway");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The batch {@code id} as it is now, if {@code actor} started it; one whose node left the cluster
   * before it ended is told as interrupted.
   */
  public Optional<Progress> progress(Actor actor, String id) {
    Progress progress = id == null ? null : batches.get(id);
    if (progress == null || !progress.kadis().equals(actor.username())) {
      return Optional.empty();
    }
    if (!progress.finished() && !shared.isMember(progress.node())) {
      progress = batches.update(id, p -> p == null || p.finished() ? p : p.lost());
    }
    return Optional.ofNullable(progress);
  }

  /** The newest batch {@code actor} started, on any node, while it is kept. */
  public Optional<Progress> newestOf(Actor actor) {
    return progress(actor, newest.get(actor.username()));
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
    if (stopping.get()) {
      throw new PortalRefusal(STOPPING);
    }
    SigningSession session = step.open(actor, kind, secret);
    Progress progress = new Progress(UUID.randomUUID().toString(), actor.username(), shared.node(), ids.size(),
        List.of(), false, false);
    try {
      batches.update(progress.id(), none -> progress);
      newest.update(actor.username(), before -> progress.id());
      running.register();
      try {
        executor.submit(() -> run(actor, List.copyOf(ids), session, progress.id(), explain));
      } catch (RuntimeException e) {
        running.arriveAndDeregister();
        throw e;
      }
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    return progress;
  }

  private void run(Actor actor, List<Long> ids, SigningSession session, String batch,
      Function<RuntimeException, String> explain) {
    Consumer<Outcome> report = outcome -> batches.update(batch, p -> p == null ? null : p.with(outcome));
    try (session) {
      List<CardToSign> cards = new ArrayList<>();
      for (long id : ids) {
        if (stopping.get()) {
          report.accept(new Outcome(id, null, false, explain.apply(new PortalRefusal("kadis.batchHandedBack"))));
          continue;
        }
        try {
          cards.add(step.prepare(actor, id));
        } catch (RuntimeException e) {
          report.accept(new Outcome(id, null, false, explain.apply(e)));
        }
      }
      List<SigningSession.Result> results =
          signing.signAll(cards.stream().map(CardToSign::unsigned).toList(), session, (r, d, t) -> { });
      step.settle(actor, results, index -> cards.get(index).nomor());
      for (SigningSession.Result result : results) {
        CardToSign card = cards.get(result.index());
        if (stopping.get()) {
          report.accept(new Outcome(card.id(), card.nomor(), false, explain.apply(new PortalRefusal("kadis.batchHandedBack"))));
          continue;
        }
        if (!result.isSigned()) {
          report.accept(new Outcome(card.id(), card.nomor(), false, explain.apply(result.refusal())));
          continue;
        }
        try {
          step.record(actor, card, signing.signedPdf(result.signed(), session, card.token(), card.official()));
          report.accept(new Outcome(card.id(), card.nomor(), true, null));
        } catch (RuntimeException e) {
          report.accept(new Outcome(card.id(), card.nomor(), false, explain.apply(e)));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Batch signature stopped", e);
    } finally {
      try {
        boolean handedBack = stopping.get();
        batches.update(batch, p -> p == null ? null : handedBack ? p.lost() : p.ended());
      } finally {
        running.arriveAndDeregister();
      }
    }
  }
}
