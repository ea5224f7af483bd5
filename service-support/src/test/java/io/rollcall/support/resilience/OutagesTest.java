package io.rollcall.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutagesTest {
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Outages outages =
      new Outages(meters, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void aFailureOpensAnOutageThatRecoveryCloses() {
    outages.failed("participants", new SQLException("refused", "08001"));
    outages.failed("participants", new SQLException("refused", "08001"));

    assertThat(outages.current()).containsOnlyKeys("participants");
    assertThat(outages.current().get("participants").failures()).isEqualTo(2);
    assertThat(outages.current().get("participants").lastReason()).contains("SQLSTATE 08001");
    assertThat(
            meters.get("rollcall.outage.active").tag("component", "participants").gauge().value())
        .isEqualTo(1.0);
    assertThat(
            meters
                .get("rollcall.outage.failures")
                .tag("component", "participants")
                .counter()
                .count())
        .isEqualTo(2.0);

    outages.recovered("participants");
    assertThat(outages.current()).isEmpty();
    assertThat(
            meters.get("rollcall.outage.active").tag("component", "participants").gauge().value())
        .isEqualTo(0.0);
  }

  @Test
  void componentsAreTrackedApart() {
    outages.failed("links", new SQLException("refused", "08001"));
    outages.failed("outbox-relay", new SQLException("refused", "08001"));
    outages.recovered("links");
    assertThat(outages.current()).containsOnlyKeys("outbox-relay");
  }
}
