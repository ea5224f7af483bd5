package io.rollcall.ingest.rest;

import io.rollcall.ingest.config.IngestConfig;
import io.rollcall.support.rest.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a declared-too-large body with 413 before any of it is read. (A chunked body without a
 * length is cut off by the HTTP layer's own limit and checked again by the resource.)
 */
public class BodyLimitFilter {
  private final IngestConfig config;
  private final IngestMetrics metrics;

  public BodyLimitFilter(IngestConfig config, IngestMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  @ServerRequestFilter(preMatching = true)
  public Response checkDeclaredLength(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return null;
    }
    try {
      if (Long.parseLong(length.trim()) > config.ingest().maxBodyBytes()) {
        metrics.rejected("too_large");
        return Problem.response(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "body of " + length.trim() + " bytes exceeds " + config.ingest().maxBodyBytes());
      }
    } catch (NumberFormatException e) {
      return Problem.response(Response.Status.BAD_REQUEST, "Content-Length is not a number");
    }
    return null;
  }
}
