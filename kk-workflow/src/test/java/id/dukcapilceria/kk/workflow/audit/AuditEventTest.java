package id.dukcapilceria.kk.workflow.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import java.lang.reflect.Constructor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events, their canonical form and the hash, without a database. */
class AuditEventTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00.123456789Z");
  private static final String ZEROS = "0".repeat(64);

  @Test
  void aTransitionBecomesAnEvent() throws Exception {
    String fingerprint = Sha256.hex("kk data");
    StepRecord step = step(AT, Actor.of("kasi", Role.KASI_KABID), Transition.RETURN_TO_OPERATOR,
        Status.DIVERIFIKASI, Status.DIKEMBALIKAN_KE_OPERATOR, "NIK anak salah", fingerprint);

    AuditEvent event = AuditEvent.transition("KK-2026-000012", step);

    assertEquals(Instant.parse("2026-03-02T01:00:00.123Z"), event.at());
    assertEquals("kasi", event.username());
    assertEquals(Role.KASI_KABID, event.role());
    assertEquals("RETURN_TO_OPERATOR", event.action());
    assertEquals("KK-2026-000012", event.subject());
    assertEquals("DIVERIFIKASI", event.fromStatus());
    assertEquals("DIKEMBALIKAN_KE_OPERATOR", event.toStatus());
    assertEquals("NIK anak salah", event.reason());
    assertEquals(fingerprint, event.dataSha256());
  }

  @Test
  void aFirstTransitionWithoutReasonHasNoFromStatusAndNoReason() throws Exception {
    StepRecord step = step(AT, Actor.of("op", Role.OPERATOR_LAYANAN), Transition.VERIFY,
        null, Status.DIVERIFIKASI, null, Sha256.hex("x"));

    AuditEvent event = AuditEvent.transition("KK-2026-000013", step);

    assertNull(event.fromStatus());
    assertNull(event.reason());
  }

  @Test
  void eventsAreValidated() {
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AT, "u", null, "A".repeat(41), null, null));
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AT, " ", null, AuditEvent.LOGIN, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> AuditEvent.of(AT, "u", null, AuditEvent.LOGIN, null, "r".repeat(1001)));
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEvent(AT, "u", null, "X", null, null, null, null, "ABC"));
    assertThrows(NullPointerException.class,
        () -> AuditEvent.of(null, "u", null, AuditEvent.LOGIN, null, null));
  }

  @Test
  void theCanonicalFormIsLengthPrefixedAndDistinguishesNullFromEmpty() {
    AuditEntry entry = new AuditEntry(7, new AuditEvent(AT, "kadis", Role.KADIS, "SIGN",
        "KK-2026-000012", "DIKONFIRMASI", "DITANDATANGANI", null, null), ZEROS);

    assertEquals(
        "kk-audit-v1|1:7|20:1772413200.123000000|5:kadis|5:KADIS|4:SIGN|14:KK-2026-000012"
            + "|12:DIKONFIRMASI|14:DITANDATANGANI|~|~",
        entry.canonicalForm());
    assertEquals(Sha256.hex(entry.canonicalForm() + ZEROS), entry.hash());

    EntryContent withNull = content("a", null);
    EntryContent withEmpty = content("a", "");
    assertNotEquals(withNull.canonical(), withEmpty.canonical());
    // moving a character from one field into the next changes the canonical form
    assertNotEquals(content("ab", "c").canonical(), content("a", "bc").canonical());
    // non-ASCII values are measured in UTF-8 bytes
    assertEquals("kk-audit-v1|1:1|20:1772413200.123456789|2:é|~|1:X|~|~|~|~|~",
        new EntryContent(1, AT, "é", null, "X", null, null, null, null, null).canonical());
  }

  @Test
  void theHashDependsOnThePreviousHash() {
    EntryContent content = content("a", "b");
    assertNotEquals(content.hash(ZEROS), content.hash("1".repeat(64)));
  }

  private static EntryContent content(String subject, String reason) {
    return new EntryContent(1, AT, "u", null, "X", subject, null, null, reason, null);
  }

  private static StepRecord step(Instant at, Actor actor, Transition transition, Status from,
      Status to, String reason, String fingerprint) throws Exception {
    // the workflow creates step records itself; its constructor is package-private
    Constructor<StepRecord> constructor = StepRecord.class.getDeclaredConstructor(
        Instant.class, Actor.class, Transition.class, Status.class, Status.class, String.class,
        String.class);
    constructor.setAccessible(true);
    return constructor.newInstance(at, actor, transition, from, to, reason, fingerprint);
  }

  @Test
  void administrationEventsFitTheTrailAndCarryOldAndNewInTheReason() {
    for (String action : java.util.List.of(AuditEvent.USER_CREATED, AuditEvent.USER_DISABLED,
        AuditEvent.USER_ENABLED, AuditEvent.USER_PASSWORD_RESET, AuditEvent.USER_ROLE_CHANGED,
        AuditEvent.SETTING_CHANGED)) {
      AuditEvent event = AuditEvent.of(AT, "admin", Role.ADMIN, action, "nagari.baru", null);
      assertEquals(action, event.action());
    }
    AuditEvent changed = AuditEvent.of(AT, "admin", Role.ADMIN, AuditEvent.SETTING_CHANGED,
        "signature.level", "B-LT → B-LTA");
    assertEquals("B-LT → B-LTA", changed.reason());
    assertNotEquals(AuditEvent.USER_ENABLED, AuditEvent.USER_DISABLED);
  }
}
