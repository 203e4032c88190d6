package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.logging.Logger;

/**
 * A production installation starts without any user (demo users only in demo mode). While no
 * active administrator exists, the start writes a one-time setup code into the server log, and
 * the public page {@code /pemasangan.xhtml} creates the first administrator with it: whoever can
 * read the server's log is the one who installed it. The code is kept in memory only, works once,
 * and is void after {@link #MAX_WRONG} wrong tries (a restart prints a new one).
 */
@Singleton
@Startup
@DependsOn("DemoSetup")
@Lock(LockType.WRITE)
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  /** Who the audit trail names for the setup. */
  public static final String SETUP = "pemasangan";
  static final int MAX_WRONG = 5;
  /** Letters and digits that are not mistaken for one another when read off a log. */
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserAdministration administration;
  @Inject PortalConfig config;

  private String code;
  private int wrong;

  @PostConstruct
  void announce() {
    if (administration.hasActiveAdministrator()) {
      return;
    }
    code = newCode();
    LOG.warning(() -> String.format("%n  Belum ada administrator. Buka %s/pemasangan.xhtml dan masukkan kode pemasangan sekali"
        + " pakai berikut untuk membuat administrator pertama:%n%n      %s%n%n  (No administrator exists yet. Open that page"
        + " and enter this one-time setup code to create the first administrator. It is void after %d wrong tries;"
        + " a restart prints a new one.)%n", config.baseUrl(), code, MAX_WRONG));
  }

  /** Whether the setup page still has something to do. */
  @Lock(LockType.READ)
  public boolean isOpen() {
    return code != null;
  }

  /**
   * Creates the first administrator if {@code typedCode} is the code from the log. A wrong code
   * counts towards {@link #MAX_WRONG}; refusals of the user's data ({@link AdministrationRefused})
   * leave the code valid.
   */
  public void create(String typedCode, UserAdministration.NewUser user) {
    if (code == null) {
      throw new AdministrationRefused(new UserRules.Problem("code", "setup.error.closed"));
    }
    String typed = typedCode == null ? "" : typedCode.strip().toUpperCase(java.util.Locale.ROOT);
    if (!MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
      if (++wrong >= MAX_WRONG) {
        code = null;
        LOG.warning("The setup code was typed wrongly " + MAX_WRONG + " times and is void; restart the portal for a new one.");
      }
      throw new AdministrationRefused(new UserRules.Problem("code", "setup.error.wrongCode"));
    }
    administration.createFirstAdministrator(user);
    code = null;
    LOG.info(() -> "The first administrator was created: " + user.username().strip());
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }
}
