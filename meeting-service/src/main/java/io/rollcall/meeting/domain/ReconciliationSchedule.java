package io.rollcall.meeting.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a reconciliation is due, and what a failed fetch means for the next one: a report that is
 * not ready yet, or Zoom failing, is tried again after {@code retryDelay}, doubling per failed
 * attempt up to {@code maxRetryDelay}, until {@code maxAttempts} attempts failed; a rate limit
 * waits as long as Zoom's {@code Retry-After} asks and a paused Zoom client {@code retryDelay},
 * neither using an attempt; a refusal gives up at once.
 *
 * @param retryDelay the wait after the first failed attempt
 * @param maxRetryDelay the longest wait between two attempts (a rate limit may ask for more)
 * @param maxAttempts failed attempts after which the reconciliation is failed
 */
public record ReconciliationSchedule(Duration retryDelay, Duration maxRetryDelay, int maxAttempts) {

  /** What follows a failed fetch: give up, or the next attempt's time and the attempts so far. */
  public record Next(boolean giveUp, Instant dueAt, int attempts) {}

  /**
   * The fetch after {@code meeting_ended}: {@code delay} after it reached meeting-service (its
   * arrival, not Zoom's end time: Zoom builds the report after the end it saw, and a replayed old
   * message is due at once after the delay, never before).
   */
  public static Instant afterEnd(Instant receivedAt, Duration delay) {
    return receivedAt.plus(delay);
  }

  /**
   * After a fetch failed.
   *
   * @param attemptsBefore failed attempts counted before this one
   * @param retryAfter the wait Zoom asked for with a 429, or null
   */
  public Next after(FetchFailure failure, int attemptsBefore, Duration retryAfter, Instant now) {
    return switch (failure) {
      case RATE_LIMITED ->
          new Next(false, now.plus(retryAfter != null ? retryAfter : retryDelay), attemptsBefore);
      case UNAVAILABLE -> new Next(false, now.plus(retryDelay), attemptsBefore);
      case REFUSED -> new Next(true, now, attemptsBefore + 1);
      case NOT_READY, FAILING -> {
        int attempts = attemptsBefore + 1;
        yield attempts >= maxAttempts
            ? new Next(true, now, attempts)
            : new Next(false, now.plus(backoff(attempts)), attempts);
      }
    };
  }

  /** {@code retryDelay × 2^(failed − 1)}, at most {@code maxRetryDelay}. */
  Duration backoff(int failed) {
    Duration wait = retryDelay.multipliedBy(1L << Math.min(Math.max(failed - 1, 0), 20));
    return wait.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : wait;
  }
}
