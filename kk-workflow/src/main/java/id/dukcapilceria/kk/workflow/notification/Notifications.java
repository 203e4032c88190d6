package id.dukcapilceria.kk.workflow.notification;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.permohonan.BukuPermasalahanEntry;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.sla.Escalation;
import jakarta.persistence.EntityManager;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which notifications a step calls for, written to the outbox in the step's transaction: to the
 * citizen who agreed to be told, <em>returned for correction</em> (with what to bring) and
 * <em>ready to collect</em>; to the officers of the role the application now waits for, <em>new in
 * your worklist</em>; and, from {@link #overTimeStandard}, <em>over the time standard</em>. Only
 * channels the caller has configured are written to. Texts are in the recipient's language
 * ({@code notifications.properties}) and name the application, never the family: an officer's
 * mailbox or a shared phone is not the place for personal data.
 */
public final class Notifications {

  private static final String BUNDLE = "id.dukcapilceria.kk.workflow.notifications";

  private final Set<Channel> channels;
  private final Officers officers;
  private final Supplier<String> portalUrl;
  private final Clock clock;

  /**
   * @param channels the channels configured; messages for others are not written
   * @param officers where officers' addresses come from (the portal's users)
   * @param portalUrl the portal's public address, for links in the messages (it may change at run time)
   */
  public Notifications(Set<Channel> channels, Officers officers, Supplier<String> portalUrl, Clock clock) {
    this.channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
    this.officers = Objects.requireNonNull(officers, "officers");
    this.portalUrl = Objects.requireNonNull(portalUrl, "portalUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** No channel: nothing is written (a library user without notifications, most tests). */
  public static Notifications none(Clock clock) {
    return new Notifications(Set.of(), (em, role, nagari) -> List.of(), () -> "http://localhost", clock);
  }

  private String portalUrl() {
    String url = portalUrl.get();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Whether any channel is configured. */
  public boolean enabled() {
    return !channels.isEmpty();
  }

  /** The notifications of the application's latest step, written with the step. */
  public void afterStep(EntityManager em, Permohonan permohonan) {
    if (channels.isEmpty()) {
      return;
    }
    List<StepRecord> history = permohonan.history();
    int index = history.size() - 1;
    Status now = history.get(index).to();
    String stepKey = permohonan.nomor() + "|" + index;
    if (now == Status.PERLU_DILENGKAPI) {
      toCitizen(em, permohonan, NotificationEvent.RETURNED_FOR_CORRECTION, stepKey);
    } else if (now == Status.TERKIRIM) {
      toCitizen(em, permohonan, NotificationEvent.READY_TO_COLLECT, stepKey);
    }
    Optional<Role> next = now.waitingFor();
    if (next.isPresent() && channels.contains(Channel.EMAIL)) {
      SopStep step = now.nextStep().orElseThrow();
      Optional<KodeWilayah> nagari = next.get() == Role.OPERATOR_NAGARI
          ? Optional.of(permohonan.kodeNagari()) : Optional.empty();
      for (OfficerContact officer : officers.reachable(em, next.get(), nagari)) {
        Locale locale = officer.language().locale();
        write(em, key(stepKey, NotificationEvent.NEW_IN_WORKLIST, officer.surel().value()),
            NotificationEvent.NEW_IN_WORKLIST, Channel.EMAIL, permohonan.nomor(), officer.surel().value(),
            officer.language(), text(NotificationEvent.NEW_IN_WORKLIST, locale, permohonan.nomor(),
                permohonan.jenisLayanan().label(locale), Labels.of(step, locale), portalUrl() + "/"));
      }
    }
  }

  /** The open buku permasalahan entry's category and description: what the citizen is to bring. */
  private static String openProblem(Permohonan permohonan, Locale locale) {
    return permohonan.problems().stream().filter(BukuPermasalahanEntry::isOpen)
        .reduce((first, second) -> second)
        .map(p -> Labels.of(p.category(), locale) + ": " + p.description())
        .orElse("");
  }

  private void toCitizen(EntityManager em, Permohonan permohonan, NotificationEvent event, String stepKey) {
    CitizenContact contact = permohonan.citizenContact();
    MessageLanguage language = contact.language();
    Locale locale = language.locale();
    String nagari = WilayahDirectory.shared().nameOf(permohonan.kodeNagari());
    String[] text = text(event, locale, permohonan.nomor(), nagari,
        portalUrl() + "/lacak.xhtml?nomor=" + permohonan.nomor(), openProblem(permohonan, locale));
    if (channels.contains(Channel.EMAIL)) {
      contact.surel().map(AlamatSurel::value).ifPresent(address -> write(em, key(stepKey, event, address),
          event, Channel.EMAIL, permohonan.nomor(), address, language, text));
    }
    if (channels.contains(Channel.GATEWAY)) {
      contact.ponsel().ifPresent(phone -> write(em, key(stepKey, event, phone.value()),
          event, Channel.GATEWAY, permohonan.nomor(), phone.value(), language, text));
    }
  }

  /**
   * <em>Over the time standard</em> for one late application, to the officers its escalation
   * names (the step's role; over twice the standard its supervisor too). Each level of each wait is
   * written once, however often this is called: a periodic scan may call it every minute.
   *
   * @return how many messages were written
   */
  public int overTimeStandard(EntityManager em, String nomor, KodeWilayah kodeNagari, SopStep step, Instant since,
      Duration waited, Escalation escalation) {
    if (!channels.contains(Channel.EMAIL) || escalation == Escalation.NONE) {
      return 0;
    }
    String waitKey = nomor + "|" + step + "|" + since.toEpochMilli() + "|" + escalation;
    int written = 0;
    for (Role role : escalation.whoIsTold(step)) {
      Optional<KodeWilayah> nagari = role == Role.OPERATOR_NAGARI ? Optional.of(kodeNagari) : Optional.empty();
      for (OfficerContact officer : officers.reachable(em, role, nagari)) {
        String key = key(waitKey, NotificationEvent.OVER_TIME_STANDARD, officer.surel().value());
        if (exists(em, key)) {
          continue;
        }
        Locale locale = officer.language().locale();
        write(em, key, NotificationEvent.OVER_TIME_STANDARD, Channel.EMAIL, nomor, officer.surel().value(),
            officer.language(), text(NotificationEvent.OVER_TIME_STANDARD, locale, nomor, Labels.of(step, locale),
                String.valueOf(waited.toMinutes()), String.valueOf(step.standard().toMinutes()),
                role == step.role() ? "" : line("over_time_standard.supervisor", locale, Labels.of(step.role(), locale)),
                portalUrl() + "/"));
        written++;
      }
    }
    return written;
  }

  private static boolean exists(EntityManager em, String key) {
    return !em.createQuery("select m.id from OutboxMessage m where m.idempotencyKey = :key", Long.class)
        .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
  }

  private void write(EntityManager em, String key, NotificationEvent event, Channel channel, String nomor,
      String recipient, MessageLanguage language, String[] text) {
    em.persist(new OutboxMessage(key, event, channel, nomor, recipient, language, text[0], text[1],
        clock.instant()));
  }

  /**
   * The idempotency key: the same for the same event of the same step to the same recipient, and
   * telling the receiver nothing of them (a hash).
   */
  static String key(String occasion, NotificationEvent event, String recipient) {
    return Sha256.hex(occasion + "|" + event + "|" + recipient).substring(0, 40);
  }

  /** Subject and body of an event in a language. */
  private static String[] text(NotificationEvent event, Locale locale, Object... arguments) {
    String name = event.name().toLowerCase(Locale.ROOT);
    return new String[] {line(name + ".subject", locale, arguments), line(name + ".body", locale, arguments)};
  }

  private static String line(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Where officers' addresses come from: the portal's users, or another system's directory. */
  @FunctionalInterface
  public interface Officers {

    /**
     * The active officers of {@code role} who gave an e-mail address; for the nagari operators, those
     * of {@code nagari} only.
     */
    List<OfficerContact> reachable(EntityManager em, Role role, Optional<KodeWilayah> nagari);
  }

  /** An officer who can be told: who, where, and in which language. */
  public record OfficerContact(String username, AlamatSurel surel, MessageLanguage language) {

    public OfficerContact {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(surel, "surel");
      Objects.requireNonNull(language, "language");
    }
  }
}
