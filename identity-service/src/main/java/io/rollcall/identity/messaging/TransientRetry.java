package io.rollcall.identity.messaging;

import io.rollcall.events.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Retries a message's processing when it failed for a reason other than the message itself (the
 * database briefly unavailable, a serialization conflict), so that an outage does not send good
 * messages to the dead-letter topic. A malformed message fails at once; one that still fails after
 * the last attempt is dead-lettered with its reason, and the consumer goes on.
 */
final class TransientRetry {
  private static final Logger LOG = Logger.getLogger(TransientRetry.class);
  private static final int ATTEMPTS = 5;
  private static final long FIRST_BACKOFF_MS = 200;

  private TransientRetry() {}

  static void run(String what, Runnable work) {
    long backoff = FIRST_BACKOFF_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        work.run();
        return;
      } catch (MalformedEventException e) {
        throw e;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.warnf("%s failed (attempt %d of %d), retrying: %s", what, attempt, ATTEMPTS, e);
        pause(backoff);
        backoff *= 2;
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
