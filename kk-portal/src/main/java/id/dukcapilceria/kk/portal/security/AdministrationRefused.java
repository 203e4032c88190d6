package id.dukcapilceria.kk.portal.security;

import java.util.List;

/**
 * An administration request refused as a whole (nothing of it is saved), with each reason at its
 * form field. Caller not an administrator: field {@code null}, key {@code admin.error.notAdmin}.
 * Thrown through an enterprise bean ({@code FirstAdministrator}) as it is, with the transaction
 * rolled back, not wrapped as a system error.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class AdministrationRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<UserRules.Problem> problems;

  public AdministrationRefused(List<UserRules.Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.key()).reduce((a, b) -> a + ", " + b).orElse("refused"));
    this.problems = List.copyOf(problems);
  }

  public AdministrationRefused(UserRules.Problem problem) {
    this(List.of(problem));
  }

  public List<UserRules.Problem> problems() {
    return problems;
  }

  /** Whether one of the reasons has this message key (for tests and callers). */
  public boolean has(String key) {
    return problems.stream().anyMatch(p -> p.key().equals(key));
  }
}
