package id.dukcapilceria.kk.portal.permohonan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The portal's one transaction boundary. kk-workflow's {@code PermohonanSteps}, {@code
 * PermohonanReads} and {@code DinasReads} work on the caller's {@link EntityManager}; a page action,
 * a servlet or a REST call hands them this one inside {@link #call} or {@link #run}, so that what
 * one request does (a step and the detail that shows its result, a read and its audit entry) is one
 * JTA transaction on one persistence context, the application loaded once. Any exception leaving the
 * work rolls everything back: a refused step saves nothing. The signing step is the exception that
 * proves the rule: {@link SignatureStep} uses two, because no transaction may stay open while a key
 * or a remote signing authority works.
 */
@ApplicationScoped
public class Transactions {

  @PersistenceContext EntityManager em;

  /** Runs {@code work} in one transaction (joining the caller's, if one is open) and returns its result. */
  @Transactional
  public <T> T call(Function<EntityManager, T> work) {
    return work.apply(em);
  }

  /** As {@link #call}, for work that answers nothing. */
  @Transactional
  public void run(Consumer<EntityManager> work) {
    work.accept(em);
  }
}
