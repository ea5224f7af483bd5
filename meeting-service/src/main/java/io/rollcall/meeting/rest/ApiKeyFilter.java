package io.rollcall.meeting.rest;

import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.support.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every endpoint needs {@code Authorization: Bearer <api key>}, except the public tracked-redirect
 * links ({@code /l/…}). Health, metrics and OpenAPI are served outside JAX-RS under {@code /q}.
 */
@ApplicationScoped
public class ApiKeyFilter {
  private final ApiKeys keys;

  public ApiKeyFilter(MeetingConfig config) {
    this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
  }

  @ServerRequestFilter(preMatching = true)
  public Response authenticate(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/l/") || path.startsWith("/q/")) {
      return null;
    }
    if (keys.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      return null;
    }
    return Response.fromResponse(
            Problem.response(
                401,
                "Unauthorized",
                "send a valid API key as 'Authorization: Bearer <key>' (ROLLCALL_API_KEYS)"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }
}
