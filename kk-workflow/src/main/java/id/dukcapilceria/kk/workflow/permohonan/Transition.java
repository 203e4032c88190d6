package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import java.util.EnumSet;
import java.util.Set;

/**
 * The named transitions of the SOP. Each is allowed to exactly one role, from a fixed set of
 * statuses; those returning or refusing an application need a reason.
 */
public enum Transition {
  SUBMIT(Role.OPERATOR_NAGARI, EnumSet.noneOf(Status.class), Status.DIAJUKAN, false),
  RESUBMIT(Role.OPERATOR_NAGARI, EnumSet.of(Status.PERLU_DILENGKAPI), Status.DIAJUKAN, false),
  VERIFY(
      Role.OPERATOR_LAYANAN,
      EnumSet.of(Status.DIAJUKAN, Status.DIKEMBALIKAN_KE_OPERATOR),
      Status.DIVERIFIKASI,
      false),
  SEND_BACK_TO_NAGARI(
      Role.OPERATOR_LAYANAN,
      EnumSet.of(Status.DIAJUKAN, Status.DIKEMBALIKAN_KE_OPERATOR),
      Status.PERLU_DILENGKAPI,
      true),
  REFUSE(
      Role.OPERATOR_LAYANAN,
      EnumSet.of(Status.DIAJUKAN, Status.DIKEMBALIKAN_KE_OPERATOR),
      Status.DITOLAK,
      true),
  CONFIRM(Role.KASI_KABID, EnumSet.of(Status.DIVERIFIKASI), Status.DIKONFIRMASI, false),
  RETURN_TO_OPERATOR(
      Role.KASI_KABID, EnumSet.of(Status.DIVERIFIKASI), Status.DIKEMBALIKAN_KE_OPERATOR, true),
  SIGN(Role.KADIS, EnumSet.of(Status.DIKONFIRMASI), Status.DITANDATANGANI, false),
  REGISTER_AND_SEND(
      Role.OPERATOR_LAYANAN, EnumSet.of(Status.DITANDATANGANI), Status.TERKIRIM, false),
  HAND_OVER_AND_ARCHIVE(Role.OPERATOR_NAGARI, EnumSet.of(Status.TERKIRIM), Status.SELESAI, false);

  private final Role role;
  private final Set<Status> from;
  private final Status to;
  private final boolean needsReason;

  Transition(Role role, Set<Status> from, Status to, boolean needsReason) {
    this.role = role;
    this.from = from;
    this.to = to;
    this.needsReason = needsReason;
  }

  public Role role() {
    return role;
  }

  public Set<Status> from() {
    return EnumSet.copyOf(from.isEmpty() ? EnumSet.noneOf(Status.class) : from);
  }

  public Status to() {
    return to;
  }

  public boolean needsReason() {
    return needsReason;
  }

  public boolean isAllowedFrom(Status status) {
    return from.contains(status);
  }

  /**
   * Whether {@code actor} may take this step now on an application of {@code nagari} that is in
   * {@code status}: their role, a status the step leaves from, and for a nagari operator their own
   * nagari. The pages and the API ask this ({@link #openTo}) instead of deciding from a status.
   */
  public boolean isOpenTo(Actor actor, Status status, KodeWilayah nagari) {
    return actor.role() == role && isAllowedFrom(status)
        && (role != Role.OPERATOR_NAGARI || nagari.equals(actor.nagari()));
  }

  /** The steps {@code actor} may take now on an application of {@code nagari} in {@code status}. */
  public static Set<Transition> openTo(Actor actor, Status status, KodeWilayah nagari) {
    Set<Transition> open = EnumSet.noneOf(Transition.class);
    for (Transition transition : values()) {
      if (transition.isOpenTo(actor, status, nagari)) {
        open.add(transition);
      }
    }
    return open;
  }
}
