package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The nagari operator's saved intake forms: saved as they are (nothing is checked, since a draft
 * may be half-typed), listed and reopened only by the operator who saved them, deleted on submit
 * or on request. A draft is not an application: it has no number, is in no worklist and no audit
 * trail, and nothing in it is shown to anyone else.
 *
 * <p>A draft is kept as JSON ({@link DraftJson}): the card in the domain's input shape, which names
 * no class of the portal, so a page can change without making saved drafts unreadable, and a
 * tampered row is at worst a draft that cannot be opened.
 */
@ApplicationScoped
@Transactional
public class IntakeDrafts {

  /** How many drafts one operator may keep: a work list, not an archive. */
  public static final int MAX_PER_OPERATOR = 20;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Saves {@code saved} as a new draft, or over draft {@code id} when that is the operator's own.
   *
   * @return the draft's id, to save over it next time
   */
  public long save(Actor actor, Long id, String label, DraftContent saved) {
    requireNagariOperator(actor);
    byte[] content = DraftJson.write(saved);
    if (id != null) {
      IntakeDraft existing = own(actor, id);
      existing.update(clock.instant(), label, content);
      return existing.id();
    }
    if (list(actor).size() >= MAX_PER_OPERATOR) {
      throw new DraftRefused("draft.tooMany", MAX_PER_OPERATOR);
    }
    IntakeDraft draft = new IntakeDraft(actor.username(), actor.nagari(), clock.instant(), label, content);
    em.persist(draft);
    em.flush();
    return draft.id();
  }

  /** The operator's own drafts, newest first. */
  public List<IntakeDraft> list(Actor actor) {
    requireNagariOperator(actor);
    return em.createQuery("select d from IntakeDraft d where d.username = :me and d.nagari = :nagari"
            + " order by d.savedAt desc", IntakeDraft.class)
        .setParameter("me", actor.username())
        .setParameter("nagari", actor.nagari())
        .getResultList();
  }

  /** The saved draft, to put back on the page. */
  public DraftContent open(Actor actor, long id) {
    return DraftJson.read(own(actor, id).content());
  }

  public void delete(Actor actor, long id) {
    em.remove(own(actor, id));
  }

  /** Someone else's draft, or one of another nagari, is as good as missing. */
  private IntakeDraft own(Actor actor, long id) {
    requireNagariOperator(actor);
    IntakeDraft draft = em.find(IntakeDraft.class, id);
    if (draft == null || !draft.username().equals(actor.username()) || !draft.nagari().equals(actor.nagari())) {
      throw new DraftRefused("draft.notFound");
    }
    return draft;
  }

  /** Drafts are the submitting role's (kk-workflow's {@link Transition#SUBMIT}). */
  private static void requireNagariOperator(Actor actor) {
    if (actor.role() != Transition.SUBMIT.role()) {
      throw new DraftRefused("draft.notFound");
    }
  }
}
