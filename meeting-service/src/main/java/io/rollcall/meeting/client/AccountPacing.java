package io.rollcall.meeting.client;

import io.rollcall.support.tenant.ZoomRateLimits;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Client-side pacing of Zoom calls per Zoom account (tenant) and API class: Zoom's rate limits are
 * per account, shared by every app on it, and depend on the account's plan (ZOOM-FACTS §3.7), so
 * one tenant's burst (a school registering 1,000 invitees) must not hold back another tenant's
 * calls, and an account on a higher plan may go faster. Each account gets its own {@link
 * ZoomGuards#pacing} guards, made on its first call, at its own limits when the tenants file gives
 * them ({@code zoom.rate_limits}), else at the service's configured ones.
 */
public final class AccountPacing {
  private final ZoomRateLimits configured;
  private final Function<String, Optional<ZoomRateLimits>> limitsOf;
  private final Duration timeout;
  private final Map<String, Map<ApiClass, Guard>> guards = new ConcurrentHashMap<>();

  /**
   * @param configured the limits of an account that states none (requests per second per class)
   * @param limitsOf an account's own limits, by tenant id, if it has any
   * @param timeout each attempt's time to be answered, once its permit came
   */
  public AccountPacing(
      ZoomRateLimits configured,
      Function<String, Optional<ZoomRateLimits>> limitsOf,
      Duration timeout) {
    this.configured = configured;
    this.limitsOf = limitsOf;
    this.timeout = timeout;
  }

  /** The guard a call of {@code apiClass} for {@code tenant} goes through; the same every time. */
  public Guard of(String tenant, ApiClass apiClass) {
    return guards.computeIfAbsent(tenant, this::guardsOf).get(apiClass);
  }

  private Map<ApiClass, Guard> guardsOf(String tenant) {
    ZoomRateLimits limits = limitsOf.apply(tenant).orElse(configured);
    Map<ApiClass, Guard> byClass = new EnumMap<>(ApiClass.class);
    byClass.put(ApiClass.LIGHT, ZoomGuards.pacing(tenant, ApiClass.LIGHT, limits.light(), timeout));
    byClass.put(
        ApiClass.MEDIUM, ZoomGuards.pacing(tenant, ApiClass.MEDIUM, limits.medium(), timeout));
    byClass.put(ApiClass.HEAVY, ZoomGuards.pacing(tenant, ApiClass.HEAVY, limits.heavy(), timeout));
    return byClass;
  }
}
