package io.rollcall.ingest.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/** Counters for accepted, rejected (by reason) and failed requests, and the accept latency. */
@ApplicationScoped
public class IngestMetrics {
  private static final String REQUESTS = "rollcall.ingest.requests";

  private final MeterRegistry registry;
  private final Timer acceptLatency;

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.acceptLatency =
        Timer.builder("rollcall.ingest.accept.latency")
            .description("Time from request to Kafka acknowledgement of accepted webhooks")
            .publishPercentiles(0.5, 0.99, 0.999)
            .register(registry);
  }

  public void accepted(long startNanos) {
    acceptLatency.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    counter("accepted", "none").increment();
  }

  public void urlValidation() {
    counter("url_validation", "none").increment();
  }

  public void rejected(String reason) {
    counter("rejected", reason).increment();
  }

  public void failed(String reason) {
    counter("failed", reason).increment();
  }

  private Counter counter(String outcome, String reason) {
    return Counter.builder(REQUESTS)
        .description("Webhook requests by outcome")
        .tag("outcome", outcome)
        .tag("reason", reason)
        .register(registry);
  }
}
