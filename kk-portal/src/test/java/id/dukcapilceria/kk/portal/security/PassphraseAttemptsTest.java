package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassphraseAttemptsTest {

  private final SteppingClock clock = new SteppingClock();
  private final List<String> audited = new ArrayList<>();
  private final PassphraseAttempts attempts = new PassphraseAttempts();
  private final Actor kadis = Actor.of("kadis", Role.KADIS);

  PassphraseAttemptsTest() {
    attempts.clock = clock;
    attempts.audit = new AuditLog() {
      @Override
      public void record(String username, Role role, String action, String subject) {
        audited.add(username + " " + action);
      }
    };
  }

  @Test
  void everyWrongPassphraseIsAuditedAndAfterThreeTheNextTryWaits() {
    for (int i = 0; i < 3; i++) {
      attempts.requireMayTry(kadis);
      attempts.failed(kadis);
    }
    var wait = assertThrows(PassphraseAttempts.PassphraseWaitException.class, () -> attempts.requireMayTry(kadis));
    assertEquals(1, wait.seconds());
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    attempts.requireMayTry(kadis);
    attempts.failed(kadis);
    assertEquals(2, assertThrows(PassphraseAttempts.PassphraseWaitException.class, () -> attempts.requireMayTry(kadis)).seconds());
    assertEquals(List.of("kadis " + AuditEvent.PASSPHRASE_WRONG, "kadis " + AuditEvent.PASSPHRASE_WRONG,
        "kadis " + AuditEvent.PASSPHRASE_WRONG, "kadis " + AuditEvent.PASSPHRASE_WRONG), audited);

    clock.now = clock.now.plus(Duration.ofSeconds(2));
    attempts.succeeded(kadis);
    attempts.failed(kadis);
    attempts.requireMayTry(kadis); // the right passphrase cleared the count: one mistake is free again
  }
}
