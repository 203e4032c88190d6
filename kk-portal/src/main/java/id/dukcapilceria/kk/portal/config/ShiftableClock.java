package id.dukcapilceria.kk.portal.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The demo's clock: the system's, except while the demo setup records history. The demo office
 * then takes its steps at planned moments of the last weeks, so that its worklists, books and
 * dashboard show waiting times and time standards on the first start; afterwards it is the
 * system's clock again. Only ever made in demo mode ({@link PortalConfig}); a production portal
 * has the system's clock.
 */
public final class ShiftableClock extends Clock {

  private final Clock system;
  /** Shared by the clock and its copies in other zones. */
  private final java.util.concurrent.atomic.AtomicReference<Instant> fixed;

  public ShiftableClock(Clock system) {
    this(system, new java.util.concurrent.atomic.AtomicReference<>());
  }

  private ShiftableClock(Clock system, java.util.concurrent.atomic.AtomicReference<Instant> fixed) {
    this.system = system;
    this.fixed = fixed;
  }

  /** From now on, until {@link #release}, the time is {@code moment}. */
  public void setTo(Instant moment) {
    fixed.set(moment);
  }

  /** Moves a set time on by {@code step}. */
  public void advance(Duration step) {
    fixed.updateAndGet(now -> now == null ? null : now.plus(step));
  }

  /** Whether a time is set (the demo records history), rather than the system's running. */
  public boolean isSet() {
    return fixed.get() != null;
  }

  /** The system's time again. */
  public void release() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ShiftableClock(system.withZone(zone), fixed);
  }

  @Override
  public Instant instant() {
    Instant now = fixed.get();
    return now != null ? now : system.instant();
  }
}
