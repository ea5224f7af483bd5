package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/**
 * The circuit breaker of {@link ZoomGuards#circuit}, on its own (threshold 3, open 300 ms). A
 * {@code @QuarkusTest} only because SmallRye Fault Tolerance runs inside Quarkus here.
 */
@QuarkusTest
class ZoomCircuitTest {
  private static final Duration OPEN_FOR = Duration.ofMillis(300);
  private static final ZoomApiException ZOOM_FAILED =
      new ZoomApiException("op", 500, null, "Zoom answered 500", null);

  @Inject CircuitBreakerMaintenance circuits;

  private final String name = "test-" + UUID.randomUUID();
  private Guard breaker;
  private final AtomicInteger sent = new AtomicInteger();

  private Guard breaker() {
    if (breaker == null) {
      breaker = ZoomGuards.circuit(name, 3, OPEN_FOR);
    }
    return breaker;
  }

  private void fail() {
    assertThatThrownBy(
            () ->
                breaker()
                    .get(
                        () -> {
                          sent.incrementAndGet();
                          throw ZOOM_FAILED;
                        },
                        String.class))
        .isSameAs(ZOOM_FAILED);
  }

  private void succeed() {
    assertThat(breaker().get(() -> "ok" + sent.incrementAndGet(), String.class)).startsWith("ok");
  }

  private void rejected() {
    int before = sent.get();
    assertThatThrownBy(() -> breaker().get(() -> "ok" + sent.incrementAndGet(), String.class))
        .isInstanceOf(CircuitBreakerOpenException.class);
    assertThat(sent).hasValue(before);
  }

  @Test
  void opensAfterThresholdConsecutiveFailures() {
    fail();
    fail();
    fail(); // the third still goes out
    assertThat(circuits.currentState(name)).isEqualTo(CircuitBreakerState.OPEN);
    rejected();
  }

  @Test
  void successResetsTheFailureCount() {
    fail();
    fail();
    succeed();
    fail();
    assertThat(circuits.currentState(name)).isEqualTo(CircuitBreakerState.CLOSED);
    succeed();
  }

  @Test
  void zoomAnsweringA4xxIsNotAFailure() {
    ZoomApiException notFound = new ZoomApiException("op", 404, null, "Zoom answered 404", null);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(
              () ->
                  breaker()
                      .get(
                          () -> {
                            throw notFound;
                          },
                          String.class))
          .isSameAs(notFound);
    }
    assertThat(circuits.currentState(name)).isEqualTo(CircuitBreakerState.CLOSED);
  }

  @Test
  void halfOpenLetsOneTrialThroughAndClosesOnSuccess() throws Exception {
    open();
    Thread.sleep(OPEN_FOR.toMillis() + 50);
    CountDownLatch trialStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> trial =
        CompletableFuture.supplyAsync(
            () ->
                breaker()
                    .get(
                        () -> {
                          trialStarted.countDown();
                          await(release);
                          return "trial";
                        },
                        String.class));
    assertThat(trialStarted.await(5, TimeUnit.SECONDS)).isTrue();
    rejected(); // only one trial at a time
    release.countDown();
    assertThat(trial.get(5, TimeUnit.SECONDS)).isEqualTo("trial");
    assertThat(circuits.currentState(name)).isEqualTo(CircuitBreakerState.CLOSED);
    succeed();
  }

  @Test
  void failedTrialReopensForAnotherPeriod() throws Exception {
    open();
    Thread.sleep(OPEN_FOR.toMillis() + 50);
    fail(); // the trial goes out and fails
    assertThat(circuits.currentState(name)).isEqualTo(CircuitBreakerState.OPEN);
    rejected();
  }

  private void open() {
    for (int i = 0; i < 3; i++) {
      fail();
    }
    rejected();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
