package id.dukcapilceria.kk.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.workflow.notification.Channel;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kk.notify.* settings: which channels they turn on, and a value that cannot be used named by its key. */
class NotificationSettingsTest {

  /** The defaults, as MicroProfile Config gives them when nothing is set. */
  private static NotificationSettings defaults() {
    NotificationSettings settings = new NotificationSettings();
    settings.smtpHost = Optional.empty();
    settings.smtpPort = "587";
    settings.smtpSecurity = "starttls";
    settings.smtpUser = Optional.empty();
    settings.smtpPassword = Optional.empty();
    settings.smtpFrom = Optional.empty();
    settings.gatewayUrl = Optional.empty();
    settings.gatewayToken = Optional.empty();
    settings.intervalSeconds = "30";
    settings.retryFirst = "PT1M";
    settings.retryMax = "PT1H";
    settings.retryAttempts = "8";
    settings.lease = "PT2M";
    return settings;
  }

  private static String refusal(NotificationSettings settings) {
    return assertThrows(IllegalStateException.class, settings::check).getMessage();
  }

  @Test
  void nothingSetIsOffAndEachServerTurnsItsChannelOn() {
    NotificationSettings settings = defaults();
    settings.check();
    assertEquals(Set.of(), settings.channels());
    assertEquals(Duration.ofSeconds(30), settings.interval());
    assertEquals(Duration.ofMinutes(4), settings.retryPolicy().delayAfter(3));
    settings.smtpHost = Optional.of("mail.example.go.id");
    settings.smtpFrom = Optional.of("Disdukcapil <noreply@disdukcapil.example.go.id>");
    settings.gatewayUrl = Optional.of("https://gateway.example.go.id/kirim");
    settings.check();
    assertEquals(Set.of(Channel.EMAIL, Channel.GATEWAY), settings.channels());
    assertEquals(2, settings.build().size());
  }

  @Test
  void aValueThatCannotBeUsedIsNamedByItsKey() {
    NotificationSettings plainHttp = defaults();
    plainHttp.gatewayUrl = Optional.of("http://gateway.example.com/kirim");
    assertTrue(refusal(plainHttp).startsWith("kk.notify.gateway.url must be an https URL"), refusal(plainHttp));
    NotificationSettings withUser = defaults();
    withUser.gatewayUrl = Optional.of("https://user:secret@gateway.example.com/kirim");
    assertTrue(refusal(withUser).startsWith("kk.notify.gateway.url"));
    NotificationSettings noSender = defaults();
    noSender.smtpHost = Optional.of("mail.example.go.id");
    assertEquals("kk.notify.smtp.from is required when kk.notify.smtp.host is set", refusal(noSender));
    NotificationSettings badPort = defaults();
    badPort.smtpHost = Optional.of("mail.example.go.id");
    badPort.smtpFrom = Optional.of("noreply@disdukcapil.example.go.id");
    badPort.smtpPort = "70000";
    assertTrue(refusal(badPort).startsWith("kk.notify.smtp.port"));
    NotificationSettings badSecurity = defaults();
    badSecurity.smtpHost = Optional.of("mail.example.go.id");
    badSecurity.smtpFrom = Optional.of("noreply@disdukcapil.example.go.id");
    badSecurity.smtpSecurity = "tls-maybe";
    assertTrue(refusal(badSecurity).startsWith("kk.notify.smtp.security"));
    NotificationSettings badInterval = defaults();
    badInterval.intervalSeconds = "0";
    assertTrue(refusal(badInterval).startsWith("kk.notify.interval-seconds"));
    NotificationSettings badDuration = defaults();
    badDuration.retryFirst = "1 minute";
    assertTrue(refusal(badDuration).startsWith("kk.notify.retry.first"));
    NotificationSettings tooMany = defaults();
    tooMany.retryAttempts = "500";
    assertTrue(refusal(tooMany).startsWith("kk.notify.retry"), refusal(tooMany));
  }
}
