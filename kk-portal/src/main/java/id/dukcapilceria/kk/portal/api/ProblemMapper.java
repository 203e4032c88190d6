package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.verify.InvalidPdfException;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call as {@code application/problem+json}. The domain and the workflow
 * say why in their own words (Indonesian, or English on request); this class only picks the HTTP
 * status that fits their refusal. Anything unexpected is logged with an incident number and
 * answered 500 with that number only: no stack trace, no class name.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /**
   * The HTTP status of each workflow refusal: the application is not there (or not the caller's
   * to see), the caller may not take the step, the application is no longer where the step starts,
   * or the request's content was refused by a guard (422, the default).
   */
  private static final Map<String, Integer> WORKFLOW_STATUS = Map.ofEntries(
      Map.entry("permohonan.notFound", 404),
      Map.entry("dokumen.notSigned", 404),
      Map.entry("transition.wrongRole", 403),
      Map.entry("transition.otherNagari", 403),
      Map.entry("submit.otherNagari", 403),
      Map.entry("confirm.sameAsVerifier", 403),
      Map.entry("register.notAllowed", 403),
      Map.entry("permohonan.noFamilyData", 403),
      Map.entry("verify.checksForVerifierOnly", 403),
      Map.entry("transition.wrongStatus", 409),
      Map.entry("sign.dataChanged", 409));

  /** The request field a workflow refusal is about, where there is one. */
  private static final Map<String, String> WORKFLOW_FIELD = Map.of(
      "transition.reasonRequired", "reason",
      "transition.reasonTooLong", "reason",
      "submit.warningsNotAcknowledged", "warningsAcknowledged",
      "submit.documentMissing", "documents",
      "submit.otherNagari", "kodeDesa",
      "tracking.nomorInvalid", "nomor",
      "tracking.codeInvalid", "kodeLacak");

  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable thrown) {
    Locale locale = Problems.locale(headers);
    String instance = instance();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApiProblem problem) {
        Response response = Problems.of(problem.status(), slug(problem.status()), problem.key(), instance,
            problem.errors(), locale, problem.arguments());
        // a rate-limited caller may try again in the next one-minute window; a stopping node is
        // behind a load balancer that sends the next try to another node, or is back within seconds
        return switch (problem.status()) {
          case 429 -> Response.fromResponse(response).header("Retry-After", "60").build();
          case 503 -> Response.fromResponse(response).header("Retry-After", "10").build();
          default -> response;
        };
      }
      if (cause instanceof RefusedWithViolations refused) {
        WorkflowException w = refused.refusal();
        return Problems.response(422, "invalid-data", w.message(locale), instance, refused.errors(), locale);
      }
      if (cause instanceof WorkflowException refused) {
        int status = WORKFLOW_STATUS.getOrDefault(refused.code(), 422);
        String field = WORKFLOW_FIELD.getOrDefault(refused.code(), "");
        String message = refused.message(locale);
        return Problems.response(status, slug(status), message, instance,
            List.of(new FieldError(field, refused.code(), refused::message)), locale);
      }
      if (cause instanceof InvalidValueException invalid) {
        String field = "penerima".equals(invalid.field()) ? "recipient" : invalid.field();
        return Problems.response(422, "invalid-value", invalid.message(locale), instance,
            List.of(new FieldError(field, invalid.code(), invalid::message)), locale);
      }
      if (cause instanceof SigningRefusal refusal) {
        return signingRefused(refusal, instance, locale);
      }
      if (cause instanceof id.dukcapilceria.kk.portal.security.PassphraseAttempts.PassphraseWaitException wait) {
        Response problem = Problems.of(429, "too-many-requests", "error.passphraseWait", instance,
            List.of(FieldError.of("passphrase", "passphrase.wait", "error.passphraseWait", wait.seconds())), locale, wait.seconds());
        return Response.fromResponse(problem).header("Retry-After", String.valueOf(wait.seconds())).build();
      }
      if (cause instanceof InvalidPdfException) {
        return Problems.of(400, "not-a-pdf", "api.problem.notPdf", instance,
            List.of(FieldError.of("", "pdf.invalid", "api.problem.notPdf")), locale);
      }
      if (cause instanceof OptimisticLockException) {
        return Problems.of(409, "conflict", "error.concurrent", instance, List.of(), locale);
      }
      if (cause instanceof WebApplicationException web) {
        return fromContainer(web, instance, locale);
      }
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "API incident " + incident + " at " + instance, thrown);
    return Problems.of(500, "internal", "api.problem.internal", instance, List.of(), locale, incident);
  }

  /** What JAX-RS itself refused: no such path, wrong method, wrong media type. */
  private Response fromContainer(WebApplicationException web, String instance, Locale locale) {
    int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
    String key = switch (status) {
      case 400 -> "api.problem.badRequest";
      case 401 -> "api.problem.unauthorized";
      case 403 -> "api.problem.forbidden";
      case 404 -> "api.problem.noSuchResource";
      case 405 -> "api.problem.methodNotAllowed";
      case 406 -> "api.problem.notAcceptable";
      case 413 -> "api.problem.tooLarge";
      case 415 -> "api.problem.unsupportedMediaType";
      default -> null;
    };
    if (key == null) {
      if (status >= 500) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident + " at " + instance, web);
        return Problems.of(500, "internal", "api.problem.internal", instance, List.of(), locale, incident);
      }
      key = "api.problem.badRequest";
    }
    Response problem = Problems.of(status, slug(status), key, instance, List.of(), locale);
    if (status == 405 && web.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      return Response.fromResponse(problem).header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW))
          .build();
    }
    return problem;
  }

  private String instance() {
    try {
      return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 422 -> "unprocessable";
      case 429 -> "too-many-requests";
      default -> "error";
    };
  }

  /**
   * The signing authority did not sign: a wrong passphrase at its field (422); an authority that
   * cannot be reached (503) or did not answer in time (504: whether it signed is unknown, nothing
   * was stored); any other reason 409 with the reason in plain words.
   */
  private static Response signingRefused(SigningRefusal refusal, String instance, Locale locale) {
    return switch (refusal.reason()) {
      case WRONG_AUTHORISATION -> Problems.of(422, "wrong-passphrase", "error.passphrase", instance,
          List.of(FieldError.of("passphrase", "passphrase.wrong", "error.passphrase")), locale);
      case UNAVAILABLE -> Problems.response(503, "signing-unavailable", refusal.message(locale), instance, List.of(), locale);
      case OUTCOME_UNKNOWN -> Problems.response(504, "signing-timeout", refusal.message(locale), instance, List.of(), locale);
      default -> Problems.response(409, "signing-refused", refusal.message(locale), instance, List.of(), locale);
    };
  }
}
