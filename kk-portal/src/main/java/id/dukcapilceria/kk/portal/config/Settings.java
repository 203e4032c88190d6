package id.dukcapilceria.kk.portal.config;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.portal.cluster.SharedState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings in force: what an administrator stored, else the MicroProfile Config default
 * ({@link PortalConfig}). Read through a cache that every node drops when a change commits (told
 * through the cluster's {@link SharedState}); it is also reloaded after {@link #CACHE_NANOS}, in
 * case a node missed the word (one that was being restarted, or a change made in the database by
 * hand).
 */
@ApplicationScoped
public class Settings {

  static final long CACHE_NANOS = 30_000_000_000L;
  private static final String CHANGED = "kk.settings.changed";

  @PersistenceContext EntityManager em;
  @Inject PortalConfig config;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject SharedState shared;

  private volatile Snapshot snapshot;

  private record Snapshot(Map<String, String> stored, long loadedAt) {}

  @PostConstruct
  void listen() {
    shared.subscribe(CHANGED, () -> snapshot = null);
  }

  /** Public address of the portal, without a trailing slash. */
  public String baseUrl() {
    String url = value(SettingRules.BASE_URL);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public SignatureLevel signatureLevel() {
    String level = value(SettingRules.SIGNATURE_LEVEL);
    return KkPadesSigner.levelOf(level)
        .orElseThrow(() -> new IllegalStateException("kk.signature.level must be B-B, B-T, B-LT or B-LTA, not " + level));
  }

  /** How long a signed-in session may stay without a request. */
  public Duration sessionIdle() {
    return Duration.ofMinutes(Integer.parseInt(value(SettingRules.SESSION_IDLE_MINUTES)));
  }

  /** How long a session may last after signing in, however busy. */
  public Duration sessionLifetime() {
    return Duration.ofHours(Integer.parseInt(value(SettingRules.SESSION_MAX_HOURS)));
  }

  /**
   * The roles whose users confirm every sign-in with an authenticator's code: as stored or
   * configured, and outside the demo always the administrator's (the one role that can change
   * who may do what).
   */
  public Set<Role> secondFactorRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(SettingRules.roles(value(SettingRules.SECOND_FACTOR_ROLES)));
    if (!config.isDemo()) {
      roles.add(Role.ADMIN);
    }
    return roles;
  }

  /** The time standard of every SOP step as configured. */
  public MutuBaku mutuBaku() {
    MutuBaku standards = MutuBaku.sop();
    for (SopStep step : SopStep.values()) {
      String stored = stored().get(SettingRules.mutuBakuKey(step));
      if (stored != null) {
        standards = standards.with(step, Duration.ofMinutes(Integer.parseInt(stored)));
      }
    }
    return standards;
  }

  /** The value in force for a key of {@link SettingRules#keys()}. */
  public String value(String key) {
    String stored = stored().get(key);
    return stored != null ? stored : defaultValue(key);
  }

  /** Whether an administrator stored this key (else the default is in force). */
  public boolean isStored(String key) {
    return stored().containsKey(key);
  }

  /** What applies when no administrator has stored a value. */
  public String defaultValue(String key) {
    return SettingRules.stepOf(key)
        .map(step -> String.valueOf(step.standard().toMinutes()))
        .orElseGet(() -> switch (key) {
          case SettingRules.BASE_URL -> config.configuredBaseUrl();
          case SettingRules.SIGNATURE_LEVEL -> config.configuredSignatureLevel();
          case SettingRules.SESSION_IDLE_MINUTES, SettingRules.SESSION_MAX_HOURS -> config.configuredSession(key);
          case SettingRules.SECOND_FACTOR_ROLES -> config.configuredSecondFactorRoles();
          default -> throw new IllegalArgumentException("Unknown setting " + key);
        });
  }

  /**
   * Stores {@code value} (already normalised by {@link SettingRules#normalise}) unless it is the
   * value in force; the cache is dropped when the transaction commits. Who may, and the audit,
   * are the caller's ({@code security.SettingsAdministration}).
   *
   * @return the value in force before, if it changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> store(String key, String value) {
    String before = value(key);
    if (before.equals(value)) {
      return Optional.empty();
    }
    StoredSetting row = em.find(StoredSetting.class, key);
    if (row == null) {
      em.persist(new StoredSetting(key, value));
    } else {
      row.change(value);
    }
    forgetWhenCommitted();
    return Optional.of(before);
  }

  /**
   * Removes the stored value, so that the configured default applies again.
   *
   * @return the value that was stored, if one was
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> removeStored(String key) {
    StoredSetting row = em.find(StoredSetting.class, key);
    if (row == null) {
      return Optional.empty();
    }
    em.remove(row);
    forgetWhenCommitted();
    return Optional.of(row.value());
  }

  private Map<String, String> stored() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAt() > CACHE_NANOS) {
      Map<String, String> values = new LinkedHashMap<>();
      em.createQuery("select s from StoredSetting s", StoredSetting.class)
          .getResultList()
          .forEach(s -> values.put(s.key(), s.value()));
      current = new Snapshot(Map.copyOf(values), System.nanoTime());
      snapshot = current;
    }
    return current.stored();
  }

  /**
   * Drops the cache on every node once the change is committed: dropping it earlier would let
   * another request cache the old value again for the whole period.
   */
  private void forgetWhenCommitted() {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          snapshot = null;
          shared.publish(CHANGED);
        }
      }
    });
  }
}
