package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookLossTest {

  @Test
  void seededLossLosesRoughlyTheRateAndTheSameDeliveriesOnEveryRun() {
    List<Boolean> first = run(new Random(7));
    List<Boolean> second = run(new Random(7));

    long lost = first.stream().filter(l -> l).count();
    assertThat(lost).isBetween(250L, 350L); // rate 0.3 of 1,000
    assertThat(second).isEqualTo(first);
  }

  @Test
  void noRateOrZeroRateLosesNothingAndDrawsNoRandomNumber() {
    AtomicInteger draws = new AtomicInteger();
    assertThat(WebhookLoss.lost(null, null, "meeting.ended", () -> draws.incrementAndGet()))
        .isFalse();
    assertThat(WebhookLoss.lost(0.0, null, "meeting.ended", () -> draws.incrementAndGet()))
        .isFalse();
    assertThat(draws).hasValue(0);
  }

  @Test
  void withoutAFilterAnyEventMayBeLostLifecycleIncluded() {
    assertThat(WebhookLoss.lost(1.0, null, "meeting.ended", () -> 0.99)).isTrue();
    assertThat(WebhookLoss.lost(1.0, List.of(), "meeting.started", () -> 0.0)).isTrue();
  }

  @Test
  void aFilterKeepsTheEventsItDoesNotNameWithoutDrawing() {
    List<String> participantsOnly = List.of("meeting.participant_*");
    AtomicInteger draws = new AtomicInteger();

    assertThat(
            WebhookLoss.lost(1.0, participantsOnly, "meeting.ended", () -> draws.incrementAndGet()))
        .isFalse();
    assertThat(draws).hasValue(0);
    assertThat(WebhookLoss.lost(1.0, participantsOnly, "meeting.participant_left", () -> 0.5))
        .isTrue();
    assertThat(WebhookLoss.applies(List.of("meeting.ended"), "meeting.ended")).isTrue();
    assertThat(WebhookLoss.applies(List.of("meeting.ended"), "meeting.ended_x")).isFalse();
  }

  private static List<Boolean> run(Random random) {
    return java.util.stream.IntStream.range(0, 1000)
        .mapToObj(
            i -> WebhookLoss.lost(0.3, null, "meeting.participant_joined", random::nextDouble))
        .toList();
  }
}
