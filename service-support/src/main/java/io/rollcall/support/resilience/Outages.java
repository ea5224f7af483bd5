package io.rollcall.support.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Which components of this service (a Kafka consumer channel, an outbox relay) are paused because a
 * dependency is away, since when and why. Drives the readiness check ({@link OutageReadiness}), the
 * metrics {@code rollcall_outage_active{component}} (1 while paused) and {@code
 * rollcall_outage_failures_total{component}}, and the log: one WARN when a component pauses, a
 * reminder every {@link #REMINDER} while it stays paused, one INFO when it resumes.
 */
@ApplicationScoped
public class Outages {
  private static final Logger LOG = Logger.getLogger(Outages.class);
  static final Duration REMINDER = Duration.ofSeconds(30);

  /** A component's ongoing outage: since when, how many failed attempts, the last reason. */
  public record Outage(Instant since, long failures, String lastReason, Instant lastReminder) {}

  private final Map<String, Outage> current = new ConcurrentHashMap<>();
  private final Map<String, Counter> failureCounters = new ConcurrentHashMap<>();
  private final MeterRegistry meters;
  private final Clock clock;

  @Inject
  public Outages(MeterRegistry meters) {
    this(meters, Clock.systemUTC());
  }

  Outages(MeterRegistry meters, Clock clock) {
    this.meters = meters;
    this.clock = clock;
  }

  /**
   * Records a failed attempt of {@code component} that will be retried.
   *
   * @param component a stable, low-cardinality name (a channel name, {@code outbox-relay})
   */
  public void failed(String component, Throwable failure) {
    Instant now = clock.instant();
    String reason = TransientFailures.describe(failure);
    register(component).increment();
    Outage outage =
        current.compute(
            component,
            (c, before) ->
                before == null
                    ? new Outage(now, 1, reason, now)
                    : new Outage(
                        before.since(), before.failures() + 1, reason, before.lastReminder()));
    if (outage.failures() == 1) {
      LOG.warnf("%s paused, retrying until it works: %s", component, reason);
    } else if (Duration.between(outage.lastReminder(), now).compareTo(REMINDER) >= 0) {
      current.computeIfPresent(
          component, (c, o) -> new Outage(o.since(), o.failures(), o.lastReason(), now));
      LOG.warnf(
          "%s still paused after %d s and %d failed attempts: %s",
          component, Duration.between(outage.since(), now).toSeconds(), outage.failures(), reason);
    }
  }

  /** Records that {@code component} works (again); cheap when it was not paused. */
  public void recovered(String component) {
    if (current.isEmpty()) {
      return;
    }
    Outage ended = current.remove(component);
    if (ended != null) {
      LOG.infof(
          "%s resumed after %d s and %d failed attempts",
          component,
          Duration.between(ended.since(), clock.instant()).toSeconds(),
          ended.failures());
    }
  }

  /** The components paused now, by name. */
  public Map<String, Outage> current() {
    return new TreeMap<>(current);
  }

  private Counter register(String component) {
    return failureCounters.computeIfAbsent(
        component,
        c -> {
          Gauge.builder("rollcall.outage.active", current, m -> m.containsKey(c) ? 1 : 0)
              .tag("component", c)
              .description("1 while the component is paused by a transient failure")
              .register(meters);
          return Counter.builder("rollcall.outage.failures")
              .tag("component", c)
              .description("failed attempts that were retried instead of dead-lettered")
              .register(meters);
        });
  }
}
