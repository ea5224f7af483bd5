package io.rollcall.ingest.config;

import io.quarkus.runtime.Startup;
import io.rollcall.ingest.domain.TenantSecrets;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes {@link TenantSecrets} injectable, built at start from the configured {@link Tenants}: when
 * no tenant has a webhook secret token the service refuses to start, saying which variable to set.
 */
public class TenantSecretsProducer {

  /** The tenants' webhook secret tokens, by account. */
  @Produces
  @Singleton
  @Startup
  public TenantSecrets tenantSecrets(Tenants tenants) {
    return new TenantSecrets(tenants);
  }
}
