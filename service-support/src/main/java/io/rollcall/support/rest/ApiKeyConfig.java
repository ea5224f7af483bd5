package io.rollcall.support.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/**
 * The API-key check's settings ({@link ApiKeyFilter}).
 *
 * <ul>
 *   <li>{@code rollcall.api-keys} ({@code ROLLCALL_API_KEYS}, comma-separated): the keys accepted
 *       as {@code Authorization: Bearer <key>}. None configured means every protected request is
 *       refused.
 *   <li>{@code rollcall.api-key-filter.open-paths}: path prefixes that need no key, such as {@code
 *       /l/}; {@code /q/} (health, metrics, OpenAPI) is always open.
 *   <li>{@code rollcall.api-key-filter.enabled} (build time, default {@code false}): a service
 *       whose REST API takes API keys sets it to {@code true} (meeting-, attendance-service);
 *       without it the filter is not in the build at all (ingest-service, where Zoom authenticates
 *       by signature).
 * </ul>
 */
@ConfigMapping(prefix = "rollcall")
public interface ApiKeyConfig {

  /** API keys accepted as bearer credentials. */
  Optional<List<String>> apiKeys();

  /** Whether and where the check applies. */
  @WithName("api-key-filter")
  Filter filter();

  /** Whether and where the check applies. */
  interface Filter {
    /**
     * Whether the service has the filter at all. Decided at build time by {@link ApiKeyFilter}'s
     * {@code @IfBuildProperty}; declared here so that the property is known, but setting it when
     * the service starts changes nothing.
     */
    @WithDefault("false")
    boolean enabled();

    /** Path prefixes (such as {@code /l/}) that need no key, besides {@code /q/}. */
    Optional<List<String>> openPaths();
  }
}
