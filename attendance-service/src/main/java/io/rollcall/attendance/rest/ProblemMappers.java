package io.rollcall.attendance.rest;

import io.rollcall.attendance.service.InvalidParameterException;
import io.rollcall.attendance.service.NotFoundException;
import io.rollcall.attendance.service.UnprocessableException;
import io.rollcall.support.rest.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * attendance-service's own errors as problem+json; the rest (framework errors, unexpected failures)
 * is mapped by service-support's {@link io.rollcall.support.rest.ProblemMappers}.
 */
public class ProblemMappers {

  /** An unknown meeting, instance or person: 404. */
  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
  }

  /** A request the service cannot act on (no reason, a ref that is no invitee): 422. */
  @ServerExceptionMapper
  public Response unprocessable(UnprocessableException e) {
    return Problem.response(422, "Unprocessable Content", e.getMessage());
  }

  /** A query or path parameter that cannot be used: 400. */
  @ServerExceptionMapper
  public Response invalidParameter(InvalidParameterException e) {
    return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
  }
}
