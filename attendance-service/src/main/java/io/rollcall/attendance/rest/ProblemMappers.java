package io.rollcall.attendance.rest;

import io.rollcall.attendance.service.InvalidParameterException;
import io.rollcall.attendance.service.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into problem+json with a useful detail. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return problem(Problem.of(404, "Not Found", e.getMessage()));
  }

  @ServerExceptionMapper
  public Response invalidParameter(InvalidParameterException e) {
    return problem(Problem.of(400, "Bad Request", e.getMessage()));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    return problem(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("request failed", e);
    return problem(
        Problem.of(500, "Internal Server Error", "the request failed; see the service log"));
  }

  static Response problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
