package io.rollcall.support.resilience;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Runs one consumed message's processing until it either succeeds or fails permanently: a transient
 * failure ({@link TransientFailures}) pauses the calling consumer — nothing is acknowledged,
 * committed or dead-lettered — and the processing is tried again with exponential backoff (first
 * delay {@code rollcall.transient-retry.delay}, default 500 ms, doubling up to {@code
 * rollcall.transient-retry.max-delay}, default 30 s) for as long as the failure lasts. A permanent
 * failure is thrown to the caller at once, so the messaging failure strategy dead-letters the
 * message with its reason.
 *
 * <p>The retries are SmallRye Fault Tolerance's ({@link Guard}); each attempt must run in its own
 * transaction (call a {@code @Transactional} method inside {@code work}). Meanwhile the component
 * shows in {@link Outages}: readiness DOWN, a metric and a log line.
 */
@ApplicationScoped
public class TransientRetry {
  private static final Logger LOG = Logger.getLogger(TransientRetry.class);
  private final Outages outages;
  private final Duration delay;
  private final Duration maxDelay;
  private final Map<String, Guard> guards = new ConcurrentHashMap<>();

  public TransientRetry(Outages outages, TransientRetryConfig config) {
    this.outages = outages;
    this.delay = config.delay();
    this.maxDelay = config.maxDelay();
  }

  /**
   * Processes one consumed message: acknowledges it once {@code work} succeeded, nacks it with the
   * failure (the channel's failure strategy dead-letters it with that reason) when {@code work}
   * failed permanently, and retries it meanwhile as long as it fails transiently. When the service
   * shuts down during the retries the message is neither acknowledged nor nacked: its offset is not
   * committed, so it is consumed again after the restart.
   *
   * @param component the consumer's name (its channel), for readiness, metrics and logs
   * @return the acknowledgement to return from the {@code @Incoming} method
   */
  public CompletionStage<Void> process(String component, Message<?> message, Runnable work) {
    try {
      run(component, work);
    } catch (Interrupted e) {
      LOG.infof("%s: shutting down; the message in progress stays unacknowledged", component);
      return new CompletableFuture<>();
    } catch (RuntimeException e) {
      return message.nack(e);
    }
    return message.ack();
  }

  /**
   * Processes a batch of consumed messages, all in one go when possible: {@code all} applies the
   * whole batch (in one transaction), once. When that fails, for whatever reason, the batch is
   * split in two halves, each processed the same way in order, down to single messages, which go
   * through {@code one} ({@link #process}: retried while the failure is transient, acknowledged, or
   * nacked and dead-lettered). So a bad message costs only itself, a batch too big for one
   * transaction (the transaction reaper) still goes through, and k bad messages in a batch of n
   * cost about 2k·log₂ n transactions rather than n: applying a 500-message batch one by one for
   * one poison message took 1.3–9 s of identity-service's catch-up after a freeze (fault-injection
   * harness, issue 16).
   *
   * @param component the consumer's name (its channel), for readiness, metrics and logs
   * @return completes when every message of the batch was acknowledged or nacked
   */
  public <M extends Message<?>> CompletionStage<Void> processBatch(
      String component, List<M> messages, Consumer<List<M>> all, Consumer<M> one) {
    if (messages.size() == 1) {
      M message = messages.get(0);
      return process(component, message, () -> one.accept(message));
    }
    try {
      all.accept(messages);
    } catch (RuntimeException e) {
      LOG.debugf(
          "%s: batch of %d failed (%s), applying it in halves", component, messages.size(), e);
      int half = messages.size() / 2;
      CompletionStage<Void> first = processBatch(component, messages.subList(0, half), all, one);
      CompletionStage<Void> second =
          processBatch(component, messages.subList(half, messages.size()), all, one);
      return first.thenCombine(second, (a, b) -> null);
    }
    outages.recovered(component);
    return CompletableFuture.allOf(
        messages.stream()
            .map(m -> m.ack().toCompletableFuture())
            .toArray(CompletableFuture[]::new));
  }

  /**
   * Runs {@code work} until it does not fail transiently.
   *
   * @param component the consumer's or relay's name, for readiness, metrics and logs
   * @throws Interrupted when the thread was interrupted (shutdown) while waiting to retry
   * @throws RuntimeException the first permanent failure of {@code work}, unchanged
   */
  public void run(String component, Runnable work) {
    try {
      guard(component)
          .get(
              () -> {
                work.run();
                return null;
              },
              Object.class);
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted() || interruption(e)) {
        throw new Interrupted(component, e);
      }
      throw e;
    }
    outages.recovered(component);
  }

  /** The retries of a transient failure were cut short by an interrupt (the service stopping). */
  public static final class Interrupted extends RuntimeException {
    Interrupted(String component, Throwable cause) {
      super(component + " interrupted while retrying", cause);
    }
  }

  private static boolean interruption(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  private Guard guard(String component) {
    return guards.computeIfAbsent(
        component,
        c ->
            Guard.create()
                .withDescription("transient-retry:" + c)
                .withRetry()
                .maxRetries(-1) // as long as the failure lasts
                .maxDuration(0, ChronoUnit.MILLIS) // no limit
                .delay(delay.toMillis(), ChronoUnit.MILLIS)
                .jitter(delay.toMillis() / 5, ChronoUnit.MILLIS)
                .whenException(TransientFailures::isTransient)
                .beforeRetry((Throwable failure) -> outages.failed(c, failure))
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(maxDelay.toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build());
  }
}
