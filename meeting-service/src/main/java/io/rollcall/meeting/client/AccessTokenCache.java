package io.rollcall.meeting.client;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Caches the Server-to-Server OAuth access token and fetches a new one shortly before it expires,
 * or when Zoom rejected the current one. Zoom issues no refresh tokens: renewal is a new request.
 */
public final class AccessTokenCache {

  /** A token and the instant Zoom says it stops working. */
  public record AccessToken(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "AccessToken[expiresAt=" + expiresAt + "]"; // never the value
    }
  }

  private final Supplier<AccessToken> fetcher;
  private final Duration renewBefore;
  private final Supplier<Instant> clock;
  private AccessToken current;

  public AccessTokenCache(
      Supplier<AccessToken> fetcher, Duration renewBefore, Supplier<Instant> clock) {
    this.fetcher = fetcher;
    this.renewBefore = renewBefore;
    this.clock = clock;
  }

  /** The cached token, renewed first when it is missing or about to expire. */
  public synchronized String token() {
    if (current == null || !clock.get().isBefore(current.expiresAt().minus(renewBefore))) {
      current = fetcher.get();
    }
    return current.value();
  }

  /**
   * Drops {@code rejected} after Zoom answered 401 with it; a token another thread already renewed
   * is kept, so one 401 burst causes one renewal.
   */
  public synchronized void invalidate(String rejected) {
    if (current != null && current.value().equals(rejected)) {
      current = null;
    }
  }
}
