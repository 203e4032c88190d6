package id.dukcapilceria.kk.portal.config;

import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings an administrator may change, their keys and what a valid value is. Pure, so the
 * parsing is unit-tested; a stored value is always the normalised form returned by {@link #normalise}.
 */
public final class SettingRules {

  /** Public address used in the QR code of every signed card (same name as the MicroProfile key). */
  public static final String BASE_URL = "kk.base.url";
  /** PAdES level of every signed card. */
  public static final String SIGNATURE_LEVEL = "kk.signature.level";
  /** Minutes without a request after which a signed-in session ends. */
  public static final String SESSION_IDLE_MINUTES = "kk.session.idle-minutes";
  /** Hours after signing in after which a session ends however busy it is (a working day). */
  public static final String SESSION_MAX_HOURS = "kk.session.max-hours";
  /**
   * The roles whose users must confirm each sign-in with an authenticator's code (comma-separated
   * role names, none when empty); outside the demo the administrator's role always does.
   */
  public static final String SECOND_FACTOR_ROLES = "kk.second-factor.roles";
  static final int MIN_IDLE_MINUTES = 5;
  static final int MAX_IDLE_MINUTES = 8 * 60;
  static final int MAX_SESSION_HOURS = 24;
  /** Longest time standard accepted: a week; anything longer is a typing error. */
  static final int MAX_MINUTES = 7 * 24 * 60;
  public static final List<String> LEVELS = List.of("B-B", "B-T", "B-LT", "B-LTA");

  private SettingRules() {}

  /** The key of one step's time standard, e.g. {@code kk.mutu-baku.VERIFIKASI}. */
  public static String mutuBakuKey(SopStep step) {
    return "kk.mutu-baku." + step.name();
  }

  /** Every key, in the order the administration page shows them. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (SopStep step : SopStep.values()) {
      keys.add(mutuBakuKey(step));
    }
    keys.add(SIGNATURE_LEVEL);
    keys.add(BASE_URL);
    keys.add(SESSION_IDLE_MINUTES);
    keys.add(SESSION_MAX_HOURS);
    keys.add(SECOND_FACTOR_ROLES);
    return Collections.unmodifiableList(keys);
  }

  public static Optional<SopStep> stepOf(String key) {
    for (SopStep step : SopStep.values()) {
      if (mutuBakuKey(step).equals(key)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * The value as stored, or the reason it is refused.
   *
   * @throws InvalidSetting with the key and a message key of the portal's bundle
   */
  public static String normalise(String key, String raw) {
    String value = raw == null ? "" : raw.strip();
    if (stepOf(key).isPresent()) {
      return String.valueOf(minutes(key, value));
    }
    if (SIGNATURE_LEVEL.equals(key)) {
      return KkPadesSigner.levelOf(value).map(l -> value.toUpperCase(Locale.ROOT))
          .orElseThrow(() -> new InvalidSetting(key, "settings.error.level"));
    }
    if (BASE_URL.equals(key)) {
      return baseUrl(value);
    }
    if (SESSION_IDLE_MINUTES.equals(key)) {
      return String.valueOf(wholeNumber(key, value, MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, "settings.error.idle"));
    }
    if (SESSION_MAX_HOURS.equals(key)) {
      return String.valueOf(wholeNumber(key, value, 1, MAX_SESSION_HOURS, "settings.error.maxHours"));
    }
    if (SECOND_FACTOR_ROLES.equals(key)) {
      return roles(value).stream().map(Role::name).collect(Collectors.joining(","));
    }
    throw new InvalidSetting(key, "settings.error.unknown");
  }

  /**
   * Role names separated by commas or spaces, in any case, as a set in the roles' own order.
   *
   * @throws InvalidSetting naming {@link #SECOND_FACTOR_ROLES} for anything that is not a role
   */
  public static Set<Role> roles(String value) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : (value == null ? "" : value).split("[,\\s]+")) {
      if (name.isEmpty()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidSetting(SECOND_FACTOR_ROLES, "settings.error.roles");
      }
    }
    return roles;
  }

  private static int wholeNumber(String key, String value, int min, int max, String refusal) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidSetting(key, refusal);
  }

  /** Whole minutes, 1 to a week. */
  public static int minutes(String key, String value) {
    try {
      int minutes = Integer.parseInt(value);
      if (minutes >= 1 && minutes <= MAX_MINUTES) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidSetting(key, "settings.error.minutes");
  }

  /**
   * An absolute http or https address with a host and nothing after the path (no query,
   * fragment or user info: it is printed into every card); without the trailing slash.
   */
  public static String baseUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
          && value.length() <= 200 && value.chars().noneMatch(c -> c <= ' ');
      if (ok) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new InvalidSetting(BASE_URL, "settings.error.baseUrl");
  }

  /** A refused setting value: which key, and the message key that explains it. */
  public static class InvalidSetting extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String settingKey;
    private final String messageKey;

    public InvalidSetting(String settingKey, String messageKey) {
      super(settingKey + ": " + messageKey);
      this.settingKey = settingKey;
      this.messageKey = messageKey;
    }

    public String settingKey() {
      return settingKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }
}
