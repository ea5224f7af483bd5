package io.rollcall.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers webhooks the way Zoom does on a bad day: each one through a {@link WebhookSender} that
 * resends on 5xx and on no answer, and a share of them a second time, up to 3 s later (Zoom's
 * at-least-once delivery).
 */
final class ZoomDeliveries {
  private static final int MAX_DUPLICATE_DELAY_MS = 3000;

  private final WebhookSender sender;
  private final double duplicateShare;
  private final Random random;
  private final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "zoom-duplicates");
            t.setDaemon(true);
            return t;
          });
  private final List<CompletableFuture<Long>> inFlight =
      Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong originals = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  ZoomDeliveries(WebhookSender sender, double duplicateShare, long seed) {
    this.sender = sender;
    this.duplicateShare = duplicateShare;
    this.random = new Random(seed);
  }

  /** Delivers {@code body}, and maybe once more a little later. Blocks while too many are out. */
  void deliver(byte[] body) {
    originals.incrementAndGet();
    inFlight.add(sender.send(body));
    boolean twice;
    int delay;
    synchronized (random) {
      twice = random.nextDouble() < duplicateShare;
      delay = random.nextInt(MAX_DUPLICATE_DELAY_MS);
    }
    if (twice) {
      duplicates.incrementAndGet();
      later.schedule(() -> inFlight.add(sender.send(body)), delay, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Waits until every delivery, duplicates included, was answered for good.
   *
   * @return how many were never accepted
   */
  long awaitAll() throws InterruptedException {
    later.shutdown();
    later.awaitTermination(1, TimeUnit.MINUTES);
    List<CompletableFuture<Long>> all;
    synchronized (inFlight) {
      all = new ArrayList<>(inFlight);
    }
    return all.stream().map(CompletableFuture::join).filter(nanos -> nanos < 0).count();
  }

  WebhookSender sender() {
    return sender;
  }

  long originals() {
    return originals.get();
  }

  long duplicates() {
    return duplicates.get();
  }
}
