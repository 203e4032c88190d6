package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.domain.pejabat.Capacity;
import id.dukcapilceria.kk.portal.security.ActingOfficial;
import id.dukcapilceria.kk.portal.security.ActingOfficials;
import id.dukcapilceria.kk.portal.security.AdministrationRefused;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.portal.security.UserRules;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The administrator designates an official to act for the head of office (Plh./Plt.) on a Kadis
 * account, or ends a designation. Collects what was typed and shows each refusal at its field; the
 * rules are {@link UserRules#designation} and {@link ActingOfficials}.
 */
@Named
@RequestScoped
public class ActingForms {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Inject ActingOfficials officials;
  @Inject transient java.time.Clock clock;
  @Inject CurrentActor currentActor;
  @Inject PageAccess pageAccess;
  @PersistenceContext EntityManager em;

  private boolean admitted;
  private String user;
  private String capacity;
  private String name;
  private String nip;
  private String nik;
  private LocalDate from;
  private LocalDate until;

  @PostConstruct
  void admit() {
    admitted = pageAccess.admitView(PortalArea.ADMIN);
  }

  /** A designation as the page lists it. */
  public record Row(String username, String capacity, String name, String nip, String period) {}

  public List<Row> getDesignations() {
    if (!admitted) {
      return List.of();
    }
    return officials.all().stream().map(a -> new Row(a.username(), a.capacity().abbreviation(), a.name(), a.nip(),
        DAY.format(a.validFrom()) + " – " + DAY.format(a.validUntil()))).toList();
  }

  /** The Kadis accounts, which alone may be designated. */
  public List<String> getKadisAccounts() {
    if (!admitted) {
      return List.of();
    }
    return em.createQuery("select u from PortalUser u where u.role = :kadis order by u.username", PortalUser.class)
        .setParameter("kadis", Role.KADIS).getResultStream().map(PortalUser::username).toList();
  }

  public List<Capacity> getCapacities() {
    return List.of(Capacity.PLH, Capacity.PLT);
  }

  public void designate() {
    Capacity chosen = capacity == null || capacity.isBlank() ? null : Capacity.valueOf(capacity);
    try {
      officials.designate(currentActor.get(), user,
          new ActingOfficial.Designation(chosen, name, nip, nik, from, until));
      UserFeedback.info(Texts.get("acting.done.designated", user));
    } catch (AdministrationRefused refused) {
      for (UserRules.Problem problem : refused.problems()) {
        String text = Texts.get(problem.key());
        String field = problem.field() == null ? null : "acting:" + problem.field();
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      FacesContext.getCurrentInstance().validationFailed();
    } catch (IllegalArgumentException unknownCapacity) {
      String text = Texts.get("acting.error.capacity");
      FacesContext.getCurrentInstance().addMessage("acting:actingCapacity",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void revoke(String username) {
    try {
      officials.revoke(currentActor.get(), username);
      UserFeedback.info(Texts.get("acting.done.revoked", username));
    } catch (AdministrationRefused refused) {
      refused.problems().forEach(p -> UserFeedback.error(Texts.get(p.key())));
    }
  }

  /** Today in the office, for the date pickers' lower bound. */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public String getUser() { return user; }
  public void setUser(String v) { user = v; }
  public String getCapacity() { return capacity; }
  public void setCapacity(String v) { capacity = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getNip() { return nip; }
  public void setNip(String v) { nip = v; }
  public String getNik() { return nik; }
  public void setNik(String v) { nik = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate v) { until = v; }
}
