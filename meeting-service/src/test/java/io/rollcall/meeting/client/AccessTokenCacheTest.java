package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.meeting.client.AccessTokenCache.AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
  private final AtomicInteger fetches = new AtomicInteger();
  private final AccessTokenCache cache =
      new AccessTokenCache(
          () -> new AccessToken("t" + fetches.incrementAndGet(), now.get().plusSeconds(3599)),
          Duration.ofMinutes(5),
          now::get);

  @Test
  void tokenIsFetchedOnceAndReused() {
    assertThat(cache.token()).isEqualTo("t1");
    assertThat(cache.token()).isEqualTo("t1");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void tokenIsRenewedBeforeItExpires() {
    cache.token();
    now.set(Instant.EPOCH.plusSeconds(3599 - 301));
    assertThat(cache.token()).isEqualTo("t1");
    now.set(Instant.EPOCH.plusSeconds(3599 - 300));
    assertThat(cache.token()).isEqualTo("t2");
  }

  @Test
  void rejectedTokenIsReplacedOnce() {
    String rejected = cache.token();
    cache.invalidate(rejected);
    assertThat(cache.token()).isEqualTo("t2");
    cache.invalidate(rejected); // a second 401 with the old token must not renew again
    assertThat(cache.token()).isEqualTo("t2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void tokenValueNeverAppearsInToString() {
    assertThat(new AccessToken("secret-value", Instant.EPOCH).toString())
        .doesNotContain("secret-value");
  }
}
