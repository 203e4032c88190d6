package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a valid portal user is, and which changes would leave the portal without an administrator.
 * Pure: no database, no container, so every rule is unit-tested. A refusal names the form field
 * and a message key of the portal's bundle.
 */
public final class UserRules {

  public static final int MIN_PASSWORD_LENGTH = 10;
  static final int MAX_PASSWORD_LENGTH = 128;
  /** Lower-case letters, digits and . _ - ; 3 to 60 characters, a letter or digit at both ends. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,58}[a-z0-9]");

  private UserRules() {}

  /** One refused field: {@code field} as the form names it, {@code key} in messages.properties. */
  public record Problem(String field, String key) {}

  /** Everything wrong with a new user at once, so the administrator fixes it in one go. */
  public static List<Problem> newUser(String username, String displayName, Role role, KodeWilayah nagari,
      char[] password, Set<KodeWilayah> nagariOfRegency) {
    List<Problem> problems = new ArrayList<>();
    username(username).ifPresent(problems::add);
    displayName(displayName).ifPresent(problems::add);
    roleAndNagari(role, nagari, nagariOfRegency).ifPresent(problems::add);
    password(password, username).ifPresent(problems::add);
    return problems;
  }

  public static Optional<Problem> username(String username) {
    if (username == null || username.isBlank()) {
      return problem("username", "admin.error.usernameRequired");
    }
    return USERNAME.matcher(username).matches() ? Optional.empty() : problem("username", "admin.error.usernameChars");
  }

  /** The longest designation accepted: a year; anything longer is a typing error. */
  static final int MAX_DESIGNATION_DAYS = 366;

  /**
   * Everything wrong with a designation of an acting official (Plh./Plt.) at once: on a Kadis
   * account; Plh. or Plt.; a name as on a user; an 18-digit NIP (spaces allowed); a 16-digit NIK or
   * none; a period of at most {@value #MAX_DESIGNATION_DAYS} days that has not ended before
   * {@code today}. Fields are named as on the form.
   */
  public static List<Problem> designation(Role accountRole, ActingOfficial.Designation designation, java.time.LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (accountRole != Transition.SIGN.role()) {
      problems.add(new Problem("actingUser", "acting.error.notKadis"));
    }
    if (designation.capacity() == null || designation.capacity() == id.dukcapilceria.kk.domain.pejabat.Capacity.HEAD) {
      problems.add(new Problem("actingCapacity", "acting.error.capacity"));
    }
    displayName(designation.name()).ifPresent(p -> problems.add(new Problem("actingName", p.key())));
    String nip = designation.nip() == null ? "" : designation.nip().replace(" ", "");
    if (!nip.matches("\\d{18}")) {
      problems.add(new Problem("actingNip", "acting.error.nip"));
    }
    String nik = designation.nik() == null ? "" : designation.nik().strip();
    if (!nik.isEmpty() && !nik.matches("\\d{16}")) {
      problems.add(new Problem("actingNik", "acting.error.nik"));
    }
    java.time.LocalDate from = designation.validFrom();
    java.time.LocalDate until = designation.validUntil();
    if (from == null || until == null || until.isBefore(from) || until.isBefore(today)
        || java.time.temporal.ChronoUnit.DAYS.between(from, until) >= MAX_DESIGNATION_DAYS) {
      problems.add(new Problem("actingUntil", "acting.error.period"));
    }
    return problems;
  }

  public static Optional<Problem> displayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return problem("displayName", "admin.error.displayNameRequired");
    }
    boolean control = displayName.chars().anyMatch(Character::isISOControl);
    return displayName.strip().length() > 100 || control ? problem("displayName", "admin.error.displayNameInvalid") : Optional.empty();
  }

  /**
   * At least {@value #MIN_PASSWORD_LENGTH} characters with a letter and a digit, not containing
   * the user name: long enough that PBKDF2 makes guessing slow, and not the first thing tried.
   */
  public static Optional<Problem> password(char[] password, String username) {
    if (password == null || password.length == 0) {
      return problem("password", "admin.error.passwordRequired");
    }
    String text = new String(password);
    boolean letter = text.chars().anyMatch(Character::isLetter);
    boolean digit = text.chars().anyMatch(Character::isDigit);
    boolean containsName = username != null && username.length() >= 3
        && text.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH || !letter || !digit
        || containsName || text.isBlank()) {
      return problem("password", "admin.error.passwordWeak");
    }
    return Optional.empty();
  }

  /** A nagari operator needs a nagari of this regency; every other role has none. */
  public static Optional<Problem> roleAndNagari(Role role, KodeWilayah nagari, Set<KodeWilayah> nagariOfRegency) {
    if (role == null) {
      return problem("role", "admin.error.roleRequired");
    }
    if (role == Role.OPERATOR_NAGARI) {
      if (nagari == null) {
        return problem("nagari", "admin.error.nagariRequired");
      }
      return nagariOfRegency.contains(nagari) ? Optional.empty() : problem("nagari", "admin.error.nagariUnknown");
    }
    return nagari == null ? Optional.empty() : problem("nagari", "admin.error.nagariNotAllowed");
  }

  /**
   * Whether a change leaves an administrator who can sign in: nobody takes their own admin rights
   * away (disable or another role), and the last active administrator keeps them.
   *
   * @param targetIsActiveAdmin the user changed is an active ADMIN now
   * @param targetStaysActiveAdmin and still is after the change
   * @param activeAdmins active ADMIN users now, the target included
   */
  public static Optional<Problem> keepsAnAdministrator(String actorUsername, String targetUsername,
      boolean targetIsActiveAdmin, boolean targetStaysActiveAdmin, long activeAdmins) {
    if (!targetIsActiveAdmin || targetStaysActiveAdmin) {
      return Optional.empty();
    }
    if (actorUsername.equals(targetUsername)) {
      return problem("user", "admin.error.self");
    }
    return activeAdmins <= 1 ? problem("user", "admin.error.lastAdmin") : Optional.empty();
  }

  private static Optional<Problem> problem(String field, String key) {
    return Optional.of(new Problem(field, key));
  }
}
