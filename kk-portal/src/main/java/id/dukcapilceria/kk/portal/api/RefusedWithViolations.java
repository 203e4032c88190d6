package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import java.util.List;

/**
 * The workflow refused a submission for its data (an ERROR, or WARNINGs not acknowledged); the API
 * adds the domain's violations with their paths, so a system sees every field to correct.
 */
final class RefusedWithViolations extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final WorkflowException refusal;
  private final transient List<FieldError> errors;

  RefusedWithViolations(WorkflowException refusal, List<Violation> violations) {
    super(refusal.getMessage(), refusal, false, false);
    this.refusal = refusal;
    this.errors = violations.stream()
        .map(v -> new FieldError(KkInput.pathOf(v.path()), v.code(), v::message))
        .toList();
  }

  WorkflowException refusal() {
    return refusal;
  }

  List<FieldError> errors() {
    return errors;
  }
}
