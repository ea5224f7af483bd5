package io.rollcall.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The errors every service answers alike, as problem+json: the framework's own answers (404, 405,
 * 415, …), a body that is not JSON or not the JSON expected (400), and anything unexpected (500,
 * logged once with its stack trace). Each service adds mappers for its own domain exceptions;
 * Quarkus REST picks the mapper of the nearest exception type, so those win over {@link
 * #unexpected}.
 *
 * <p>Found by Quarkus REST in this jar's Jandex index (the jar is a bean archive), so a service
 * only needs {@code quarkus-rest-jackson} and a dependency on service-support.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /**
   * The framework's (or a resource's) HTTP error, with its status and reason phrase. Quarkus REST
   * wraps a body Jackson cannot parse in a 400 of this type; that one is answered as malformed JSON
   * with Jackson's reason.
   */
  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return malformedJson(json);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
  }

  /**
   * A request body that is not the JSON expected: 400 with Jackson's reason (without the source
   * location). Listed explicitly for {@link MismatchedInputException}, which Quarkus REST otherwise
   * answers with a built-in mapper of its own.
   */
  @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
  public Response malformedJson(JsonProcessingException e) {
    if (e instanceof InvalidDefinitionException) {
      // Our type cannot be (de)serialised at all: a bug here, not the caller's mistake.
      return internalError(e);
    }
    return Problem.response(400, "Malformed JSON", e.getOriginalMessage());
  }

  /**
   * No credential, or one that is unknown, revoked or expired: 401 with {@code WWW-Authenticate:
   * Bearer}. The detail never echoes the credential.
   */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            Problem.response(
                Response.Status.UNAUTHORIZED,
                "send a valid API key or access token as 'Authorization: Bearer <credential>'"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  /**
   * A valid credential without the scope the endpoint needs (docs/tenants.md lists each endpoint's
   * scope), or without a tenant: 403.
   */
  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    String detail =
        e.getMessage() != null && !e.getMessage().isBlank()
            ? e.getMessage()
            : "this credential does not hold the scope this endpoint needs (docs/tenants.md)";
    return Problem.response(Response.Status.FORBIDDEN, detail);
  }

  /**
   * Anything no other mapper claims: 500, logged here once with its stack trace. The detail names
   * nothing from the exception, which may carry personal data.
   */
  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    return internalError(e);
  }

  private static Response internalError(Exception e) {
    LOG.error("request failed unexpectedly", e);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "the request failed unexpectedly; see the service log");
  }
}
