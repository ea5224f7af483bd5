package io.rollcall.meeting.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.meeting.domain.FetchFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Reconciliation's meters: {@code rollcall.reconciliation.fetches} (completed fetches, by {@code
 * trigger}), {@code rollcall.reconciliation.rows} (report rows read) and {@code
 * rollcall.reconciliation.failures} (failed fetches, by {@code reason}: {@code not_ready}, {@code
 * rate_limited}, {@code unavailable}, {@code failing}, {@code refused}, and {@code gave_up} {@code
 * true} when the row was marked failed). Prometheus names add {@code _total}.
 */
@ApplicationScoped
public class ReconciliationMetrics {
  private final MeterRegistry registry;
  private final Counter rows;

  public ReconciliationMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.rows =
        Counter.builder("rollcall.reconciliation.rows")
            .description("Rows of Zoom's participants reports read")
            .register(registry);
  }

  /** A fetch that read {@code rowsRead} rows and wrote them to the outbox. */
  public void fetched(String trigger, int rowsRead) {
    Counter.builder("rollcall.reconciliation.fetches")
        .description("Participants reports fetched and published")
        .tag("trigger", trigger)
        .register(registry)
        .increment();
    rows.increment(rowsRead);
  }

  /** A fetch that failed. */
  public void failed(FetchFailure reason, boolean gaveUp) {
    Counter.builder("rollcall.reconciliation.failures")
        .description("Participants report fetches that failed")
        .tag("reason", reason.name().toLowerCase(Locale.ROOT))
        .tag("gave_up", Boolean.toString(gaveUp))
        .register(registry)
        .increment();
  }
}
