package io.rollcall.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** How a batch with bad messages is taken apart ({@link TransientRetry#processBatch}). */
class TransientRetryTest {
  private final TransientRetry retry =
      new TransientRetry(
          new Outages(new SimpleMeterRegistry()),
          new TransientRetryConfig() {
            @Override
            public Duration delay() {
              return Duration.ofMillis(1);
            }

            @Override
            public Duration maxDelay() {
              return Duration.ofMillis(2);
            }
          });

  private final List<String> acked = new ArrayList<>();
  private final List<String> nacked = new ArrayList<>();
  private final List<String> applied = new ArrayList<>();

  private Message<String> message(String payload) {
    return Message.of(
        payload,
        () -> {
          acked.add(payload);
          return CompletableFuture.completedFuture(null);
        },
        failure -> {
          nacked.add(payload);
          return CompletableFuture.completedFuture(null);
        });
  }

  @Test
  void badMessagesAreFoundByHalvingAndTheRestIsAppliedInOrderInFewTransactions() {
    Set<String> poison = Set.of("m37", "m300");
    List<Message<String>> batch = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      batch.add(message("m" + i));
    }
    AtomicInteger transactions = new AtomicInteger();

    CompletionStage<Void> done =
        retry.processBatch(
            "test",
            batch,
            all -> {
              transactions.incrementAndGet();
              if (all.stream().anyMatch(m -> poison.contains(m.getPayload()))) {
                throw new IllegalArgumentException("unreadable message in the batch");
              }
              all.forEach(m -> applied.add(m.getPayload()));
            },
            one -> {
              transactions.incrementAndGet();
              if (poison.contains(one.getPayload())) {
                throw new IllegalArgumentException("unreadable " + one.getPayload());
              }
              applied.add(one.getPayload());
            });
    done.toCompletableFuture().join();

    assertThat(nacked).containsExactly("m37", "m300");
    assertThat(acked).hasSize(498).doesNotContain("m37", "m300");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      if (!poison.contains("m" + i)) {
        expected.add("m" + i);
      }
    }
    assertThat(applied).as("every good message once, in order").isEqualTo(expected);
    assertThat(transactions.get()).as("about 2k log2 n, not n").isLessThanOrEqualTo(40);
  }
}
