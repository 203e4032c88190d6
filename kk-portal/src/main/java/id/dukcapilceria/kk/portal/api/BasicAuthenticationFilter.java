package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.portal.security.UserIdentityStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * HTTP Basic for other systems, checked against the portal's own users: the same {@link
 * UserIdentityStore} as the login form (PBKDF2, the growing delays of {@code LoginThrottle} after
 * wrong passwords, sign-ins in the audit trail), with no HTTP session. Credentials checked a
 * moment ago are recognised without hashing again ({@code RememberedCredentials}). A user with an
 * authenticator sends its code in the {@code X-Kode-Autentikator} header; one whose role requires
 * an authenticator and has none is refused until they enrolled in the portal.
 *
 * <p>Why a JAX-RS filter and not a second Jakarta Security mechanism: Jakarta Security 3 allows one
 * {@code HttpAuthenticationMechanism} per application, and the portal's is the form login of {@code
 * SecurityConfig}; a custom mechanism choosing between form and Basic by path would sit in front of
 * every page of the portal. So {@code /api/*} has no security constraint in web.xml (the form
 * mechanism leaves unprotected paths alone) and this filter authenticates each API request itself,
 * then gives the resources the caller as an {@code Actor} built from the user table. Which role may
 * do what is still decided by kk-workflow on every call, exactly as for the portal.
 */
@Provider
@ApiAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"kk\", charset=\"UTF-8\"";

  @Inject UserIdentityStore identityStore;
  @Inject id.dukcapilceria.kk.portal.security.RememberedCredentials remembered;
  @Inject ApiCaller caller;
  @Inject id.dukcapilceria.kk.portal.security.SecondFactor secondFactor;
  @Inject id.dukcapilceria.kk.portal.security.ActingOfficials actingOfficials;
  @PersistenceContext EntityManager em;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      refuse(request, "api.problem.unauthorized");
      return;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.substring(6).strip());
    } catch (IllegalArgumentException e) {
      refuse(request, "api.problem.badCredentials");
      return;
    }
    char[] chars = utf8(decoded);
    Arrays.fill(decoded, (byte) 0);
    int colon = indexOf(chars, ':');
    if (chars.length == 0 || colon <= 0) {
      Arrays.fill(chars, '\0');
      refuse(request, "api.problem.badCredentials");
      return;
    }
    String username = new String(chars, 0, colon);
    Password password = new Password(Arrays.copyOfRange(chars, colon + 1, chars.length));
    Arrays.fill(chars, '\0');
    String code = request.getHeaderString(UserIdentityStore.CODE_HEADER);
    PortalUser user;
    try {
      // checked a moment ago (RememberedCredentials): no second hash, no second sign-in entry
      user = remembered.recall(username, password.getValue(), code).orElse(null);
      if (user == null) {
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
          refuse(request, "api.problem.badCredentials");
          return;
        }
        user = em.find(PortalUser.class, result.getCallerPrincipal().getName());
        if (user == null || !user.isActive()) {
          refuse(request, "api.problem.badCredentials");
          return;
        }
        remembered.remember(username, password.getValue(), code, user.passwordHash());
      }
    } finally {
      password.clear();
    }
    if (secondFactor.mustEnrol(user)) {
      var locale = Problems.locale(request.getAcceptableLanguages());
      request.abortWith(Problems.of(403, "forbidden", "api.problem.secondFactorEnrol",
          request.getUriInfo().getRequestUri().getRawPath(), List.of(), locale));
      return;
    }
    var actor = actingOfficials.actorOf(user);
    if (actingOfficials.outsideDesignation(actor)) {
      var locale = Problems.locale(request.getAcceptableLanguages());
      request.abortWith(Problems.of(403, "forbidden", "api.problem.outsideDesignation",
          request.getUriInfo().getRequestUri().getRawPath(), List.of(), locale));
      return;
    }
    caller.signedIn(actor);
  }

  private static void refuse(ContainerRequestContext request, String key) {
    var locale = Problems.locale(request.getAcceptableLanguages());
    Response problem = Problems.of(401, "unauthorized", key, request.getUriInfo().getRequestUri().getRawPath(),
        List.of(), locale);
    request.abortWith(Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
  }

  private static char[] utf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      char[] result = Arrays.copyOf(chars.array(), chars.limit());
      Arrays.fill(chars.array(), '\0');
      return result;
    } catch (CharacterCodingException e) {
      return new char[0];
    }
  }

  private static int indexOf(char[] chars, char wanted) {
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
