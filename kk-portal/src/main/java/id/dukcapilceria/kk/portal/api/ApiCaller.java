package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * The user an API request was authenticated as, built on the server from the user table by
 * {@link BasicAuthenticationFilter}; resources hand it to kk-workflow unchanged.
 */
@RequestScoped
public class ApiCaller {

  private Actor actor;

  void signedIn(Actor actor) {
    this.actor = actor;
  }

  public Actor actor() {
    if (actor == null) {
      // a resource without @ApiAuthenticated asked for a caller: a programming error, not a 401
      throw new IllegalStateException("No authenticated API caller in this request");
    }
    return actor;
  }
}
