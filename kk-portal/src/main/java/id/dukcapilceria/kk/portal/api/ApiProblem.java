package id.dukcapilceria.kk.portal.api;

import java.util.List;

/**
 * A refusal the API explains itself (bad JSON, a wrong type, a missing body, a body too large):
 * the HTTP status, a message key of the portal's bundle with its arguments, and the fields that
 * were wrong. Refusals of the domain and the workflow keep their own exceptions; {@link
 * ProblemMapper} turns both into {@code application/problem+json}.
 */
public class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String key;
  private final transient Object[] arguments;
  private final transient List<FieldError> errors;

  public ApiProblem(int status, String key, List<FieldError> errors, Object... arguments) {
    super(key, null, false, false);
    this.status = status;
    this.key = key;
    this.errors = List.copyOf(errors);
    this.arguments = arguments.clone();
  }

  /** A wrong or missing value in the request body, at {@code field} (a path such as {@code members[0].agama}). */
  public static ApiProblem badField(String field, String code, String key, Object... arguments) {
    return new ApiProblem(400, "api.problem.badRequest", List.of(FieldError.of(field, code, key, arguments)));
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
