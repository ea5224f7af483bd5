package io.rollcall.support.tenant;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes {@link Tenants} injectable, built once from {@link TenantsConfig} at start. */
public class TenantsProducer {

  /**
   * The configured tenants, built at start ({@code @Startup}: a lazy bean would let a service with
   * a bad tenants file start and then fail every request): a bad tenants file fails the start with
   * its reason.
   */
  @Produces
  @Singleton
  @Startup
  public Tenants tenants(TenantsConfig config) {
    return Tenants.from(config);
  }
}
