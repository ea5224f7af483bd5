package io.rollcall.support.resilience;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while any component is paused by a transient failure ({@link Outages}), with
 * each paused component's start time (UTC), failed attempts and last reason as data. Liveness is
 * not touched: a paused service is healthy and resumes on its own when the dependency is back.
 */
@Readiness
@ApplicationScoped
public class OutageReadiness implements HealthCheck {
  private final Outages outages;

  public OutageReadiness(Outages outages) {
    this.outages = outages;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("dependencies");
    var current = outages.current();
    current.forEach(
        (component, outage) ->
            response.withData(
                component,
                "paused since "
                    + outage.since()
                    + " after "
                    + outage.failures()
                    + " failed attempts: "
                    + outage.lastReason()));
    return response.status(current.isEmpty()).build();
  }
}
