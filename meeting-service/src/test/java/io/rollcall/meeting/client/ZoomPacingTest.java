package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The per-class pacing of {@link ZoomGuards#pacing}, on its own, at Zoom Free plan rates
 * (ZOOM-FACTS §3.7). Waits are checked from below (a permit never comes early); the upper bounds
 * are loose. A {@code @QuarkusTest} only because SmallRye Fault Tolerance runs inside Quarkus here.
 */
@QuarkusTest
class ZoomPacingTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static long timed(Guard pacing) {
    long started = System.nanoTime();
    pacing.get(() -> "sent", String.class);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Test
  void burstUpToOneSecondOfPermitsGoesOutAtOnceThenCallsWaitForTheirPermit() throws Exception {
    Guard light = ZoomGuards.pacing(ApiClass.LIGHT, 4, TIMEOUT);
    timed(light); // the bucket starts with one permit when first used ...
    Thread.sleep(1100); // ... and an idle second fills it
    long burst = 0;
    for (int i = 0; i < 4; i++) {
      burst += timed(light);
    }
    assertThat(burst).isLessThan(200);
    assertThat(timed(light)).isGreaterThanOrEqualTo(200); // the next permit is 250 ms away
  }

  @Test
  void queuedCallersAreSpacedAtTheClassRateAndNoneFails() throws Exception {
    Guard heavy = ZoomGuards.pacing(ApiClass.HEAVY, 2, TIMEOUT);
    long started = System.nanoTime();
    List<CompletableFuture<String>> callers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      callers.add(CompletableFuture.supplyAsync(() -> heavy.get(() -> "sent", String.class)));
    }
    for (CompletableFuture<String> caller : callers) {
      assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo("sent");
    }
    // One permit at once, then one per 500 ms.
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void classesAreLimitedIndependently() {
    Guard heavy = ZoomGuards.pacing(ApiClass.HEAVY, 1, TIMEOUT);
    Guard light = ZoomGuards.pacing(ApiClass.LIGHT, 4, TIMEOUT);
    timed(heavy);
    assertThat(timed(light)).isLessThan(200);
  }

  @Test
  void zeroRateTurnsPacingOff() {
    Guard medium = ZoomGuards.pacing(ApiClass.MEDIUM, 0, TIMEOUT);
    long total = 0;
    for (int i = 0; i < 100; i++) {
      total += timed(medium);
    }
    assertThat(total).isLessThan(1000);
  }

  @Test
  void attemptNotAnsweredInTimeFailsWithATimeout() {
    Guard light = ZoomGuards.pacing(ApiClass.LIGHT, 30, Duration.ofMillis(100));
    assertThatThrownBy(
            () ->
                light.get(
                    () -> {
                      try {
                        Thread.sleep(2000);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return "late";
                    },
                    String.class))
        .isInstanceOf(TimeoutException.class);
  }
}
