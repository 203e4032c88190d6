package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.NotificationChannel;
import id.dukcapilceria.kk.workflow.notification.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification settings (README, "Notifications"). A channel is on when its server is
 * configured: {@code kk.notify.smtp.host} for e-mail, {@code kk.notify.gateway.url} for WhatsApp/SMS;
 * with neither, nothing is written to the outbox. A value that cannot be used stops the start
 * ({@link OutboxJob}), naming its key.
 */
@ApplicationScoped
public class NotificationSettings {

  @Inject
  @ConfigProperty(name = "kk.notify.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "kk.notify.smtp.port", defaultValue = "587")
  String smtpPort;

  /** {@code starttls} (required), {@code ssl} (SMTPS, port 465) or {@code none} (a relay on the same host only). */
  @Inject
  @ConfigProperty(name = "kk.notify.smtp.security", defaultValue = "starttls")
  String smtpSecurity;

  @Inject
  @ConfigProperty(name = "kk.notify.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "kk.notify.smtp.password")
  Optional<String> smtpPassword;

  /** The sender, e.g. {@code Disdukcapil Padang Pariaman <noreply@disdukcapil.padangpariamankab.go.id>}. */
  @Inject
  @ConfigProperty(name = "kk.notify.smtp.from")
  Optional<String> smtpFrom;

  @Inject
  @ConfigProperty(name = "kk.notify.gateway.url")
  Optional<String> gatewayUrl;

  @Inject
  @ConfigProperty(name = "kk.notify.gateway.token")
  Optional<String> gatewayToken;

  /** Seconds between the sender's rounds. */
  @Inject
  @ConfigProperty(name = "kk.notify.interval-seconds", defaultValue = "30")
  String intervalSeconds;

  @Inject
  @ConfigProperty(name = "kk.notify.retry.first", defaultValue = "PT1M")
  String retryFirst;

  @Inject
  @ConfigProperty(name = "kk.notify.retry.max", defaultValue = "PT1H")
  String retryMax;

  @Inject
  @ConfigProperty(name = "kk.notify.retry.attempts", defaultValue = "8")
  String retryAttempts;

  @Inject
  @ConfigProperty(name = "kk.notify.lease", defaultValue = "PT2M")
  String lease;

  /** The channels configured. */
  public Set<Channel> channels() {
    Set<Channel> on = EnumSet.noneOf(Channel.class);
    if (present(smtpHost)) {
      on.add(Channel.EMAIL);
    }
    if (present(gatewayUrl)) {
      on.add(Channel.GATEWAY);
    }
    return on;
  }

  private static boolean present(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank();
  }

  /** The configured channels, built; throws naming the key whose value cannot be used. */
  public List<NotificationChannel> build() {
    List<NotificationChannel> built = new ArrayList<>();
    if (present(smtpHost)) {
      built.add(new SmtpChannel(smtpHost.get().strip(), port(), security(), smtpUser.filter(u -> !u.isBlank()),
          smtpPassword.orElse(""), from()));
    }
    if (present(gatewayUrl)) {
      built.add(new GatewayChannel(gatewayUri(), gatewayToken.filter(t -> !t.isBlank())));
    }
    return built;
  }

  private int port() {
    try {
      int port = Integer.parseInt(smtpPort.strip());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalStateException("kk.notify.smtp.port must be a port number, not " + smtpPort, e);
    }
  }

  private SmtpChannel.Security security() {
    try {
      return SmtpChannel.Security.valueOf(smtpSecurity.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("kk.notify.smtp.security must be starttls, ssl or none, not " + smtpSecurity, e);
    }
  }

  private InternetAddress from() {
    if (!present(smtpFrom)) {
      throw new IllegalStateException("kk.notify.smtp.from is required when kk.notify.smtp.host is set");
    }
    try {
      InternetAddress from = new InternetAddress(smtpFrom.get().strip(), true);
      from.validate();
      return from;
    } catch (AddressException e) {
      throw new IllegalStateException("kk.notify.smtp.from is not an address: " + smtpFrom.get(), e);
    }
  }

  /**
   * The gateway's address: https, or http to this machine only (a token must not cross a network
   * in clear); no user-info, no fragment.
   */
  private URI gatewayUri() {
    URI uri;
    try {
      uri = URI.create(gatewayUrl.get().strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("kk.notify.gateway.url is not a URL: " + gatewayUrl.get(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost())
        || "[::1]".equals(uri.getHost());
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
        || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
      throw new IllegalStateException(
          "kk.notify.gateway.url must be an https URL (http only to this machine), without user or fragment: "
              + gatewayUrl.get());
    }
    return uri;
  }

  public Duration interval() {
    try {
      long seconds = Long.parseLong(intervalSeconds.strip());
      if (seconds < 1 || seconds > 3600) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("kk.notify.interval-seconds must be 1 to 3600, not " + intervalSeconds, e);
    }
  }

  public RetryPolicy retryPolicy() {
    try {
      return new RetryPolicy(duration("kk.notify.retry.first", retryFirst), duration("kk.notify.retry.max", retryMax),
          Integer.parseInt(retryAttempts.strip()), duration("kk.notify.lease", lease));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("kk.notify.retry.attempts must be a number, not " + retryAttempts, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("kk.notify.retry.*: " + e.getMessage(), e);
    }
  }

  private static Duration duration(String key, String value) {
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(key + " must be an ISO-8601 duration (PT1M), not " + value, e);
    }
  }

  /** Reads every setting once, so that a bad one stops the start instead of the first delivery. */
  public void check() {
    build();
    interval();
    retryPolicy();
  }
}
