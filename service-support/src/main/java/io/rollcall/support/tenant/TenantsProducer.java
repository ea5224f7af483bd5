package io.rollcall.support.tenant;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes {@link Tenants} injectable, built once from {@link TenantsConfig} at start. */
public class TenantsProducer {

  /** The configured tenants; a bad tenants file fails the start with its reason. */
  @Produces
  @Singleton
  public Tenants tenants(TenantsConfig config) {
    return Tenants.from(config);
  }
}
