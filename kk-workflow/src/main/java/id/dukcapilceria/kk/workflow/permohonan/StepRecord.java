package id.dukcapilceria.kk.workflow.permohonan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/**
 * One completed transition in an application's history: who, in which role, when, from which
 * status to which, the reason given, and the fingerprint of the KK data at that moment. The SOP
 * step times (entered, completed, elapsed against the mutu baku) are derived from these records.
 */
@Embeddable
public class StepRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  @Column(name = "username", length = 60, nullable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_role", length = 20, nullable = false)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(name = "transition", length = 30, nullable = false)
  private Transition transition;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30)
  private Status from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 30, nullable = false)
  private Status to;

  @Column(name = "reason", length = 1000)
  private String reason;

  @Column(name = "data_sha256", length = 64, nullable = false)
  private String dataFingerprint;

  protected StepRecord() {
    // for JPA
  }

  StepRecord(
      Instant at,
      Actor actor,
      Transition transition,
      Status from,
      Status to,
      String reason,
      String dataFingerprint) {
    this.at = at;
    this.username = actor.username();
    this.role = actor.role();
    this.transition = transition;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.dataFingerprint = dataFingerprint;
  }

  public Instant at() {
    return at;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public Transition transition() {
    return transition;
  }

  /** The status before the transition; empty for the first submission. */
  public java.util.Optional<Status> from() {
    return java.util.Optional.ofNullable(from);
  }

  public Status to() {
    return to;
  }

  public String reason() {
    return reason == null ? "" : reason;
  }

  public String dataFingerprint() {
    return dataFingerprint;
  }
}
