package io.rollcall.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The framework's own 404/405/415 answers as problem+json too. */
public class WebApplicationExceptionMapper {
  @ServerExceptionMapper
  public Response map(WebApplicationException e) {
    Response original = e.getResponse();
    return Problem.response(
        original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage());
  }
}
