package io.rollcall.attendance.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rollcall.support.tenant.KeyDigests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A second tenant beside the tests' default one ({@code default}, keys {@code test-key-1,2} with
 * every scope): Zoom account {@value #ACCOUNT}, configured the way operators add tenants, through a
 * tenants file ({@code rollcall.tenants-file}) holding the SHA-256 of its keys. {@value #ADMIN_KEY}
 * holds attendance:read and admin, {@value #READ_KEY} attendance:read only.
 */
public class SecondTenant implements QuarkusTestResourceLifecycleManager {

  static final String ACCOUNT = "acct-second-7f3a";
  static final String ADMIN_KEY = "second-tenant-admin-key";
  static final String READ_KEY = "second-tenant-read-key";

  @Override
  public Map<String, String> start() {
    try {
      Path file = Files.createTempFile("rollcall-tenants-", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(
          file,
          """
          {"tenants": [{"account_id": "%s",
                        "api_keys": [
                          {"id": "second-admin", "sha256": "%s",
                           "scopes": ["attendance:read", "admin"]},
                          {"id": "second-reader", "sha256": "%s",
                           "scopes": ["attendance:read"]}],
                        "erasure": {"keep_anonymous_totals": true}}]}
          """
              .formatted(ACCOUNT, KeyDigests.sha256Hex(ADMIN_KEY), KeyDigests.sha256Hex(READ_KEY)));
      return Map.of("rollcall.tenants-file", file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // The file goes when the JVM exits.
  }
}
