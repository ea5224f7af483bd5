package io.rollcall.meeting.rest;

import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.support.rest.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * meeting-service's own errors as problem+json: its domain's and Zoom's. The rest (framework
 * errors, malformed JSON, unexpected failures) is mapped by service-support's {@link
 * io.rollcall.support.rest.ProblemMappers}.
 */
public class ProblemMappers {

  /** A failure the caller can act on, with the status and title it names. */
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

  /** Rollcall does not call Zoom now (circuit open, credentials missing): 503. */
  @ServerExceptionMapper
  public Response unavailable(ZoomUnavailableException e) {
    return Problem.response(503, "Zoom unavailable", e.getMessage());
  }
}
