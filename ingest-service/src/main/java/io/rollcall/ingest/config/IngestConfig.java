package io.rollcall.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * ingest-service configuration ({@code rollcall.ingest.*}). The Zoom webhook secret tokens are the
 * tenants' (service-support's {@code TenantsConfig}: {@code ROLLCALL_ZOOM_WEBHOOK_SECRETS} for the
 * default tenant, a tenants file for more); at least one tenant must have one ({@link
 * TenantSecretsProducer}). Secrets come from the environment and are never logged.
 */
@ConfigMapping(prefix = "rollcall")
public interface IngestConfig {

  /** The webhook endpoint's limits. */
  Ingest ingest();

  interface Ingest {
    /** Signed timestamps further than this from now are rejected as replays. */
    @WithDefault("300s")
    Duration replayWindow();

    /** Bodies larger than this are rejected with 413 before they are read. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * How long a request waits for Kafka's acknowledgement before answering 503 (Zoom retries 5xx).
     * Keep it above the producer's {@code delivery.timeout.ms} so that a 503 means the record was
     * not written, and well under Zoom's 3 s.
     */
    @WithDefault("2500ms")
    Duration ackTimeout();

    /**
     * Exposes {@code POST /benchmark/noop} (reads the body, answers 200) so the benchmark can
     * compare against a no-op endpoint on the same server stack. Off in production.
     */
    @WithDefault("false")
    boolean noopEndpoint();
  }
}
