package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.support.tenant.ZoomRateLimits;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The per-class pacing of {@link ZoomGuards#pacing}, on its own, at Zoom Free plan rates
 * (ZOOM-FACTS §3.7), and its per-account guards ({@link AccountPacing}). A permit never comes
 * early: waits are checked from below only, and "not held up" is checked by order (the call returns
 * while a paced call is still waiting), never by a time limit. A {@code @QuarkusTest} only because
 * SmallRye Fault Tolerance runs inside Quarkus here.
 */
@QuarkusTest
class ZoomPacingTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String ACCOUNT = "acc-test";

  private static String call(Guard pacing) {
    return pacing.get(() -> "sent", String.class);
  }

  private static long timed(Guard pacing) {
    long started = System.nanoTime();
    call(pacing);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** A call of {@code pacing} that has to wait for its permit (the one permit is used first). */
  private static CompletableFuture<String> waitingCall(Guard pacing) {
    call(pacing);
    return CompletableFuture.supplyAsync(() -> call(pacing));
  }

  @Test
  void aCallBeyondTheRateWaitsForItsPermit() {
    Guard light = ZoomGuards.pacing(ACCOUNT, ApiClass.LIGHT, 4, TIMEOUT);
    call(light); // the bucket starts with one permit
    assertThat(timed(light)).isGreaterThanOrEqualTo(200); // the next is 250 ms away
  }

  @Test
  void queuedCallersAreSpacedAtTheClassRateAndNoneFails() throws Exception {
    Guard heavy = ZoomGuards.pacing(ACCOUNT, ApiClass.HEAVY, 2, TIMEOUT);
    long started = System.nanoTime();
    List<CompletableFuture<String>> callers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      callers.add(CompletableFuture.supplyAsync(() -> call(heavy)));
    }
    for (CompletableFuture<String> caller : callers) {
      assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo("sent");
    }
    // One permit at once, then one per 500 ms.
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void classesAreLimitedIndependently() throws Exception {
    Guard heavy = ZoomGuards.pacing(ACCOUNT, ApiClass.HEAVY, 1, TIMEOUT);
    Guard light = ZoomGuards.pacing(ACCOUNT, ApiClass.LIGHT, 4, TIMEOUT);
    CompletableFuture<String> pacedHeavy = waitingCall(heavy); // its permit is 1 s away
    assertThat(call(light)).isEqualTo("sent");
    assertThat(pacedHeavy).as("the light call did not wait behind the heavy class").isNotDone();
    assertThat(pacedHeavy.get(10, TimeUnit.SECONDS)).isEqualTo("sent");
  }

  @Test
  void accountsArePacedIndependentlyEachAtItsOwnLimits() throws Exception {
    ZoomRateLimits free = new ZoomRateLimits(4, 2, 0.5); // heavy: one call per 2 s
    ZoomRateLimits business = new ZoomRateLimits(80, 60, 40); // from the tenants file
    AccountPacing pacing =
        new AccountPacing(
            free,
            tenant -> tenant.equals("acc-business") ? Optional.of(business) : Optional.empty(),
            TIMEOUT);
    assertThat(pacing.of("acc-a", ApiClass.HEAVY)).isSameAs(pacing.of("acc-a", ApiClass.HEAVY));

    CompletableFuture<String> pacedA = waitingCall(pacing.of("acc-a", ApiClass.HEAVY));
    assertThat(call(pacing.of("acc-b", ApiClass.HEAVY))).isEqualTo("sent");
    for (int i = 0; i < 3; i++) { // 3 heavy calls at 40/s: 50 ms, far inside acc-a's 2 s
      assertThat(call(pacing.of("acc-business", ApiClass.HEAVY))).isEqualTo("sent");
    }
    assertThat(pacedA)
        .as("acc-b and acc-business did not wait behind acc-a's heavy permit")
        .isNotDone();
    assertThat(pacedA.get(10, TimeUnit.SECONDS)).isEqualTo("sent");
  }

  @Test
  void zeroRateTurnsPacingOff() throws Exception {
    Guard medium = ZoomGuards.pacing(ACCOUNT, ApiClass.MEDIUM, 0, TIMEOUT);
    CompletableFuture<String> paced =
        waitingCall(ZoomGuards.pacing(ACCOUNT, ApiClass.HEAVY, 1, TIMEOUT));
    for (int i = 0; i < 100; i++) {
      assertThat(call(medium)).isEqualTo("sent");
    }
    assertThat(paced).as("100 unpaced calls passed within one paced interval").isNotDone();
    assertThat(paced.get(10, TimeUnit.SECONDS)).isEqualTo("sent");
  }

  @Test
  void attemptNotAnsweredInTimeFailsWithATimeout() {
    Guard light = ZoomGuards.pacing(ACCOUNT, ApiClass.LIGHT, 30, Duration.ofMillis(100));
    assertThatThrownBy(
            () ->
                light.get(
                    () -> {
                      try {
                        Thread.sleep(2000); // Zoom answering late
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return "late";
                    },
                    String.class))
        .isInstanceOf(TimeoutException.class);
  }
}
