package io.rollcall.meeting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;
import io.rollcall.meeting.domain.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json with a useful detail, never a stack trace. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return Problem.response(e.status(), e.title(), e.getMessage());
  }

  /**
   * Zoom's answer, translated for our caller: Zoom rejecting the request is the caller's 4xx; Zoom
   * rejecting our credentials or failing is a 502; its rate limit is passed on as 429.
   */
  @ServerExceptionMapper
  public Response zoom(ZoomApiException e) {
    String detail = "Zoom " + e.operation().replace('_', ' ') + ": " + e.getMessage();
    if (e.rateLimited()) {
      Response.ResponseBuilder r =
          Response.fromResponse(Problem.response(429, "Zoom rate limit reached", detail));
      if (e.retryAfter() != null) {
        r.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
      }
      return r.build();
    }
    if (e.status() == 404) {
      return Problem.response(404, "Not found in Zoom", detail);
    }
    if (e.status() == 400 || e.status() == 409 || e.status() == 412) {
      return Problem.response(422, "Zoom rejected the request", detail);
    }
    return Problem.response(502, "Zoom call failed", detail);
  }

  @ServerExceptionMapper
  public Response unavailable(ZoomUnavailableException e) {
    return Problem.response(503, "Zoom unavailable", e.getMessage());
  }

  @ServerExceptionMapper
  public Response malformed(JsonProcessingException e) {
    return Problem.response(400, "Malformed JSON", e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    return Problem.response(
        status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("unexpected failure", e);
    return Problem.response(
        500, "Internal error", "the request failed unexpectedly; see the service log");
  }
}
