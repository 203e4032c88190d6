package id.dukcapilceria.kk.portal.security;

/**
 * An administration request from someone who is not an active administrator now. Unlike the other
 * refusals it commits the transaction it ends: by the time it is thrown nothing has changed but the
 * audit entry of the denial, which must stay. Every transactional method that checks
 * {@link UserAdministration#requireAdministrator} says so with
 * {@code @Transactional(dontRollbackOn = AdministrationDenied.class)}.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class AdministrationDenied extends AdministrationRefused {

  private static final long serialVersionUID = 1L;

  AdministrationDenied() {
    super(new UserRules.Problem(null, "admin.error.notAdmin"));
  }
}
