package io.rollcall.meeting.credentials;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Table {@code api_key}, always read within one tenant. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKeyEntity, String> {

  /** The tenant's keys, oldest first, revoked ones included. */
  public List<ApiKeyEntity> ofTenant(String tenant) {
    return list("tenant", Sort.by("createdAt"), tenant);
  }

  /** The key with this id, if it is the tenant's. */
  public Optional<ApiKeyEntity> find(String tenant, String keyId) {
    return find("keyId = ?1 and tenant = ?2", keyId, tenant).firstResultOptional();
  }
}
