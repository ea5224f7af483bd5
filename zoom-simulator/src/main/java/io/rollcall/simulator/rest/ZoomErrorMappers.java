package io.rollcall.simulator.rest;

import io.rollcall.simulator.domain.ZoomApiException;
import io.rollcall.simulator.service.RateLimitException;
import io.rollcall.simulator.service.RateLimiter;
import io.rollcall.simulator.service.SimException;
import io.rollcall.simulator.service.TokenService;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors in each API's own dialect: Zoom's {"code","message"} for /v2, the OAuth server's
 * {"reason","error"}, and RFC 9457 problem+json for the simulator's own /sim API.
 */
public class ZoomErrorMappers {

  private final RateLimiter limiter;

  public ZoomErrorMappers(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @ServerExceptionMapper
  public Response zoom(ZoomApiException e, UriInfo uri) {
    if (uri.getPath().startsWith("/sim")) {
      return control(new SimException(e.status(), e.getMessage()));
    }
    return Response.status(e.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("code", e.code(), "message", e.getMessage()))
        .build();
  }

  @ServerExceptionMapper
  public Response oauth(TokenService.OAuthException e) {
    return Response.status(e.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("reason", e.getMessage(), "error", e.error()))
        .build();
  }

  /** 429 with Zoom's headers; Retry-After in the configured variant (seconds, ISO date, none). */
  @ServerExceptionMapper
  public Response rateLimited(RateLimitException e) {
    Response.ResponseBuilder r =
        Response.status(429)
            .type(MediaType.APPLICATION_JSON)
            .entity(Map.of("code", 429, "message", e.getMessage()))
            .header("X-RateLimit-Type", e.type());
    if (e.category() != null) {
      r.header("X-RateLimit-Category", e.category())
          .header("X-RateLimit-Limit", e.limit())
          .header("X-RateLimit-Remaining", 0);
    }
    switch (limiter.style()) {
      case SECONDS ->
          r.header(
              "Retry-After",
              Math.max(
                  1, (e.retryAt().toEpochMilli() - Instant.now().toEpochMilli() + 999) / 1000));
      case ISO -> r.header("Retry-After", e.retryAt().toString());
      case NONE -> {}
    }
    return r.build();
  }

  @ServerExceptionMapper
  public Response control(SimException e) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    Response.Status status = Response.Status.fromStatusCode(e.status());
    problem.put("title", status == null ? "Error" : status.getReasonPhrase());
    problem.put("status", e.status());
    problem.put("detail", e.getMessage());
    return Response.status(e.status()).type("application/problem+json").entity(problem).build();
  }
}
