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

  public void check(String authorization, ApiClass apiClass) {
    tokens.requireBearer(authorization);
    limiter.acquire(apiClass);
  }
}
