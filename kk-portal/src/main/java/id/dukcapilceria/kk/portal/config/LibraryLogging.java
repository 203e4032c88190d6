package id.dukcapilceria.kk.portal.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much DSS writes into the server log: warnings and errors unless {@code kk.library.log.level}
 * ({@code KK_LIBRARY_LOG_LEVEL}: SEVERE, WARNING, INFO, FINE) asks for more. At INFO, DSS writes
 * several lines for every signature and every verification ("New CommonCertificateVerifier
 * created", the signature algorithm, "EXTEND CMS SIGNATURES"...): a first start with the demo data
 * wrote 1,124 log lines with them and 794 without, and every visitor of the public verification
 * page added some. The command-line tool logs errors only, for the same reason. Set at
 * deployment, before the demo data signs its cards ({@code DemoSetup} depends on it).
 */
@Singleton
@Startup
public class LibraryLogging {

  static final String DSS = "eu.europa.esig";
  static final Level DEFAULT = Level.WARNING;

  /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static Logger dssLogger;

  @PostConstruct
  void apply() {
    String configured = ConfigProvider.getConfig()
        .getOptionalValue("kk.library.log.level", String.class).orElse(null);
    dssLogger = Logger.getLogger(DSS);
    dssLogger.setLevel(levelOf(configured));
  }

  /** The named level, or {@link #DEFAULT} when none or an unknown one is given. */
  static Level levelOf(String name) {
    if (name == null || name.isBlank()) {
      return DEFAULT;
    }
    try {
      return Level.parse(name.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      Logger.getLogger(LibraryLogging.class.getName())
          .warning("kk.library.log.level '" + name + "' is not a log level; using " + DEFAULT);
      return DEFAULT;
    }
  }
}
