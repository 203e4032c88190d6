package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The nagari operator's saved intake forms: saved as they are (nothing is checked, since a draft
 * may be half-typed), listed and reopened only by the operator who saved them, deleted on submit
 * or on request. A draft is not an application: it has no number, is in no worklist and no audit
 * trail, and nothing in it is shown to anyone else.
 *
 * <p>The form is kept as Java serialization of the page's own form objects, which the portal wrote
 * itself; reading it back accepts only this project's classes and the JDK's value types
 * ({@link #ONLY_OUR_FORM}), so a tampered row cannot make the server build anything else.
 */
@ApplicationScoped
@Transactional
public class IntakeDrafts {

  /** How many drafts one operator may keep: a work list, not an archive. */
  public static final int MAX_PER_OPERATOR = 20;

  static final ObjectInputFilter ONLY_OUR_FORM = ObjectInputFilter.Config.createFilter(
      "maxdepth=20;maxrefs=100000;maxbytes=8000000;"
          + "id.dukcapilceria.kk.**;java.util.*;java.time.*;java.lang.*;[B;[Ljava.lang.Object;!*");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Saves {@code form} as a new draft, or over draft {@code id} when that is the operator's own.
   *
   * @return the draft's id, to save over it next time
   */
  public long save(Actor actor, Long id, String label, Serializable form) {
    requireNagariOperator(actor);
    byte[] content = serialize(form);
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

  /** The saved form, to put back on the page. */
  public Object open(Actor actor, long id) {
    return deserialize(own(actor, id).content());
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

  static byte[] serialize(Serializable form) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the draft", e);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] content) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(content)) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        // the web application's classes, not the server's
        return Class.forName(desc.getName(), false, IntakeDrafts.class.getClassLoader());
      }
    }) {
      in.setObjectInputFilter(ONLY_OUR_FORM);
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      // a draft saved by an older version of the form, or refused by the filter: it cannot be
      // reopened, and the operator is told so
      throw new DraftRefused("draft.outdated");
    }
  }
}
