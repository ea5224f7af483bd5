package io.rollcall.support.tenant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads a tenants file ({@code ROLLCALL_TENANTS_FILE}): JSON, one entry per Zoom account, with the
 * API keys as SHA-256 digests only (docs/tenants.md):
 *
 * <pre>{@code
 * {"tenants": [{"account_id": "...",
 *               "zoom": {"client_id": "...", "client_secret": "...",
 *                        "webhook_secrets": ["..."], "sdk_key": "...", "sdk_secret": "...",
 *                        "rate_limits": {"light": 80, "medium": 60, "heavy": 40}},
 *               "api_keys": [{"id": "...", "sha256": "<hex>", "scopes": ["attendance:read"]}],
 *               "erasure": {"keep_anonymous_totals": false}}]}
 * }</pre>
 *
 * Errors name the file and the entry, never a secret.
 */
public final class TenantsFile {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private TenantsFile() {}

  /**
   * The tenants in {@code file}.
   *
   * @throws IllegalStateException when the file cannot be read or an entry is invalid
   */
  public static List<Tenant> read(Path file) {
    FileShape shape;
    try {
      shape = JSON.readValue(Files.readAllBytes(file), FileShape.class);
    } catch (JsonProcessingException e) {
      // Not Jackson's message, and not the exception as the cause: both quote the offending value,
      // which may be a secret written in the wrong place.
      throw new IllegalStateException("tenants file " + file + " is not valid: " + describe(e));
    } catch (IOException e) {
      throw new IllegalStateException("tenants file " + file + " cannot be read: " + e, e);
    }
    return parse(shape, file.toString());
  }

  /**
   * What is wrong with the file, by field path, line and column, never by value: e.g. {@code
   * "tenants[0].zoom.webhook_secrets: wrong type, expected a list (line 3, column 40)"}.
   */
  static String describe(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    if (e instanceof UnrecognizedPropertyException unknown) {
      return path(unknown)
          + ": unknown field \""
          + unknown.getPropertyName()
          + "\"; known: "
          + unknown.getKnownPropertyIds()
          + where;
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> type = mismatch.getTargetType();
      return path(mismatch)
          + ": wrong type"
          + (type == null ? "" : ", expected " + kind(type))
          + where;
    }
    boolean syntax =
        e instanceof StreamReadException || e.getCause() instanceof StreamReadException;
    if (e instanceof JsonMappingException mapping) {
      return path(mapping) + (syntax ? ": not valid JSON" : ": not a valid value") + where;
    }
    return "not valid JSON" + where;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "the file" : path.toString();
  }

  private static String kind(Class<?> type) {
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    return "an object";
  }

  static List<Tenant> parse(FileShape shape, String source) {
    if (shape == null || shape.tenants() == null) {
      throw new IllegalStateException("tenants file " + source + " has no \"tenants\" list");
    }
    return shape.tenants().stream().map(entry -> toTenant(entry, source)).toList();
  }

  private static Tenant toTenant(TenantEntry entry, String source) {
    if (entry.accountId() == null || entry.accountId().isBlank()) {
      throw new IllegalStateException("tenants file " + source + ": an entry has no account_id");
    }
    String where = "tenants file " + source + ", tenant " + entry.accountId() + ": ";
    ZoomEntry zoom =
        entry.zoom() == null ? new ZoomEntry(null, null, null, null, null, null) : entry.zoom();
    List<ApiKeyGrant> keys =
        (entry.apiKeys() == null ? List.<KeyEntry>of() : entry.apiKeys())
            .stream().map(key -> toGrant(key, entry.accountId(), where)).toList();
    return new Tenant(
        entry.accountId(),
        Optional.ofNullable(zoom.clientId()),
        Optional.ofNullable(zoom.clientSecret()),
        zoom.webhookSecrets() == null ? List.of() : zoom.webhookSecrets(),
        Optional.ofNullable(zoom.sdkKey()),
        Optional.ofNullable(zoom.sdkSecret()),
        keys,
        entry.erasure() != null && Boolean.TRUE.equals(entry.erasure().keepAnonymousTotals()),
        Optional.ofNullable(zoom.rateLimits()).map(limits -> toRateLimits(limits, where)));
  }

  private static ZoomRateLimits toRateLimits(RateLimitsEntry limits, String where) {
    if (limits.light() == null || limits.medium() == null || limits.heavy() == null) {
      throw new IllegalStateException(
          where + "zoom.rate_limits needs light, medium and heavy (requests per second)");
    }
    if (limits.light() < 0 || limits.medium() < 0 || limits.heavy() < 0) {
      throw new IllegalStateException(
          where + "zoom.rate_limits must not be negative (0 turns a class's pacing off)");
    }
    return new ZoomRateLimits(limits.light(), limits.medium(), limits.heavy());
  }

  private static ApiKeyGrant toGrant(KeyEntry key, String tenant, String where) {
    String sha256 = key.sha256() == null ? "" : key.sha256().strip().toLowerCase();
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalStateException(where + "api key sha256 must be 64 hex digits");
    }
    try {
      return new ApiKeyGrant(
          key.id() == null || key.id().isBlank() ? KeyDigests.idOf(sha256) : key.id(),
          sha256,
          tenant,
          Scopes.parse(key.scopes() == null ? List.of() : key.scopes()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + e.getMessage(), e);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record FileShape(List<TenantEntry> tenants) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(value = {"name", "comment"})
  record TenantEntry(
      String accountId, ZoomEntry zoom, List<KeyEntry> apiKeys, ErasureEntry erasure) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ZoomEntry(
      String clientId,
      String clientSecret,
      List<String> webhookSecrets,
      String sdkKey,
      String sdkSecret,
      RateLimitsEntry rateLimits) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record RateLimitsEntry(Double light, Double medium, Double heavy) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record KeyEntry(String id, String sha256, List<String> scopes) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ErasureEntry(Boolean keepAnonymousTotals) {}
}
