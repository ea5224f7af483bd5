package io.rollcall.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;

/** What every /v2 call goes through first: the bearer token, then the rate limit of its class. */
@ApplicationScoped
public class ApiGuard {

  private final TokenService tokens;
  private final RateLimiter limiter;

  public ApiGuard(TokenService tokens, RateLimiter limiter) {
    this.tokens = tokens;
    this.limiter = limiter;
  }

  /**
   * Refuses a call without a live token (401/124) or over its account's rate limit (429).
   *
   * @return the id of the account the token acts for: the only account the call may see
   */
  public String check(String authorization, ApiClass apiClass) {
    String accountId = tokens.requireBearer(authorization);
    limiter.acquire(accountId, apiClass);
    return accountId;
  }
}
