package io.rollcall.ingest.rest;

import io.rollcall.ingest.config.IngestConfig;
import io.rollcall.support.rest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's baseline: same server stack, same body handling, no verification and no Kafka.
 * Answers 404 unless {@code rollcall.ingest.noop-endpoint=true}.
 */
@Path("/benchmark/noop")
public class NoopBenchmarkResource {
  private final IngestConfig config;

  public NoopBenchmarkResource(IngestConfig config) {
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response receive(byte[] body) {
    if (!config.ingest().noopEndpoint()) {
      return Problem.response(Response.Status.NOT_FOUND, "the benchmark endpoint is disabled");
    }
    return Response.ok().build();
  }
}
