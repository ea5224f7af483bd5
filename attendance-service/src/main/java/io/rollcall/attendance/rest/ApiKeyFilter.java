package io.rollcall.attendance.rest;

import io.rollcall.attendance.config.AttendanceConfig;
import io.rollcall.support.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every REST endpoint needs an API key. Health, metrics, OpenAPI and Swagger UI live under {@code
 * /q/} outside JAX-RS and stay open.
 */
@ApplicationScoped
public class ApiKeyFilter {

  private final ApiKeys keys;

  public ApiKeyFilter(AttendanceConfig config) {
    this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> authenticate(ContainerRequestContext request) {
    if (keys.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      return Optional.empty();
    }
    Response response =
        Response.fromResponse(
                ProblemMappers.problem(
                    Problem.of(
                        401,
                        "Unauthorized",
                        "send a valid API key as 'Authorization: Bearer <key>'")))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .build();
    return Optional.of(response);
  }
}
