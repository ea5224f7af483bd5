package io.rollcall.support.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer credential that is an API key, not a JWT: checked by {@link ApiKeyIdentityProvider}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

  private final String key;

  public ApiKeyAuthenticationRequest(String key) {
    this.key = key;
  }

  /** The key as presented. Never logged. */
  public String key() {
    return key;
  }
}
