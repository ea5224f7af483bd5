package io.rollcall.support.rest;

import io.quarkus.arc.properties.IfBuildProperty;
import io.rollcall.support.ApiKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every REST endpoint needs {@code Authorization: Bearer <api key>}, checked in constant time
 * ({@link ApiKeys}); anything else is a 401 problem with {@code WWW-Authenticate: Bearer}. Paths
 * under {@code /q/} (health, metrics, OpenAPI, Swagger UI) and the configured open paths need no
 * key ({@link ApiKeyConfig}).
 *
 * <p>A service opts in at build time with {@code rollcall.api-key-filter.enabled=true}
 * (meeting-service, attendance-service); then every endpoint it has or gets is covered. Without
 * that property the filter is not part of the build (ingest-service, where Zoom authenticates by
 * signature; identity-service, which has no REST API).
 */
@IfBuildProperty(name = "rollcall.api-key-filter.enabled", stringValue = "true")
public class ApiKeyFilter {

  private static final String ALWAYS_OPEN = "/q/";

  private final ApiKeys keys;
  private final List<String> openPaths;

  /** A filter for the configured keys and open paths. */
  public ApiKeyFilter(ApiKeyConfig config) {
    this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
    this.openPaths =
        Stream.concat(
                Stream.of(ALWAYS_OPEN), config.filter().openPaths().orElse(List.of()).stream())
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
  }

  /** Lets the request through (null) or answers it with 401. */
  @ServerRequestFilter(preMatching = true)
  public Response authenticate(ContainerRequestContext request) {
    return check(
        request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
  }

  Response check(String path, String authorization) {
    if (openPaths.stream().anyMatch(path::startsWith) || keys.accepts(authorization)) {
      return null;
    }
    return Response.fromResponse(
            Problem.response(
                Response.Status.UNAUTHORIZED,
                "send a valid API key as 'Authorization: Bearer <key>'"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }
}
