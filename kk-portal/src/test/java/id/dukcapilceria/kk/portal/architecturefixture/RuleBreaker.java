package id.dukcapilceria.kk.portal.architecturefixture;

import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import jakarta.faces.context.FacesContext;
import java.time.Clock;

/**
 * Breaks two rules of the ArchitectureTests on purpose (never called): uses JSF, as a library must
 * not, and takes a step on the entity, as the portal must not. PortalArchitectureTest checks that
 * the rules notice.
 */
public final class RuleBreaker {

  private RuleBreaker() {}

  static boolean inAPage() {
    return FacesContext.getCurrentInstance() != null;
  }

  static void confirmDirectly(Permohonan permohonan, Actor actor) {
    permohonan.confirm(actor, Clock.systemUTC());
  }
}
