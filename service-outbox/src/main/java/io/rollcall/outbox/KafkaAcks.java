package io.rollcall.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends an outbox batch to Kafka and waits for every acknowledgement while the relay's JTA
 * transaction is suspended (its row locks stay held, since the database transaction is still open).
 *
 * <p>Why: Mutiny and the messaging emitter propagate the JTA context to the threads that complete
 * the sends, so a transaction that awaits them is "active on two threads" when it commits; Narayana
 * then rolls it back (ARJUNA012094/016053, and Agroal's "Enlisted connection used without active
 * transaction"): the batch was in Kafka but not marked published, and went out again a poll later.
 * Measured under the pipeline benchmark before this: 32 such rollbacks in six runs.
 */
public final class KafkaAcks {
  private KafkaAcks() {}

  /**
   * Creates the sends with {@code sends} and waits for all of them, outside the caller's
   * transaction.
   *
   * @throws io.smallrye.mutiny.TimeoutException when not every send was acknowledged in {@code
   *     timeout}
   * @throws RuntimeException the first send's failure
   */
  public static void await(Supplier<List<Uni<Void>>> sends, Duration timeout) {
    QuarkusTransaction.suspendingExisting()
        .run(() -> Uni.join().all(sends.get()).andFailFast().await().atMost(timeout));
  }
}
