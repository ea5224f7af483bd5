package io.rollcall.meeting.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rollcall.support.tenant.KeyDigests;
import io.rollcall.testsupport.AppProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the real zoom-simulator (its packaged app, as a separate process) for the test JVM, behind a
 * {@link FaultProxy} that passes everything through unless a test asks it to fail some calls, and
 * points meeting-service's Zoom client at it with Server-to-Server OAuth credentials: the default
 * tenant's (the simulator's account). A tenants file adds a second tenant, {@link #TENANT_B}, with
 * API keys of its own ({@link #B_ADMIN_KEY}: every scope; {@link #B_WRITER_KEY}: {@code
 * meetings:write} only) and no Server-to-Server OAuth credentials (the simulator knows one
 * account).
 */
public class ZoomSimulatorTestResource implements QuarkusTestResourceLifecycleManager {
  static final String ACCOUNT_ID = "it-account-7";
  static final String CLIENT_ID = "it-client-id";
  static final String CLIENT_SECRET = "it-client-secret-do-not-log";

  static final String TENANT_B = "it-tenant-b";
  static final String B_ADMIN_KEY = "tenant-b-admin-key";
  static final String B_WRITER_KEY = "tenant-b-writer-key";

  private static AppProcess simulator;
  private static Path tenantsFile;
  private static FaultProxy proxy;

  @Override
  public synchronized Map<String, String> start() {
    if (simulator == null) {
      simulator =
          AppProcess.start(
              "zoom-simulator",
              Map.of(
                  "ZOOM_SIM_ACCOUNT_ID", ACCOUNT_ID,
                  "ZOOM_SIM_CLIENT_ID", CLIENT_ID,
                  "ZOOM_SIM_CLIENT_SECRET", CLIENT_SECRET));
      proxy = FaultProxy.start(simulator.baseUrl());
      tenantsFile = writeTenantsFile();
    }
    return Map.of(
        "rollcall.tenants-file",
        tenantsFile.toString(),
        "rollcall.zoom.api-url",
        proxy.baseUrl() + "/v2",
        "rollcall.zoom.oauth-url",
        proxy.baseUrl(),
        "rollcall.zoom.account-id",
        ACCOUNT_ID,
        "rollcall.zoom.client-id",
        CLIENT_ID,
        "rollcall.zoom.client-secret",
        CLIENT_SECRET);
  }

  private static Path writeTenantsFile() {
    String json =
        """
        {"tenants": [{"account_id": "%s",
                      "zoom": {"sdk_key": "b-sdk-key",
                               "sdk_secret": "b-sdk-secret-0123456789abcdef0123456789ab"},
                      "api_keys": [{"id": "b-admin", "sha256": "%s",
                                    "scopes": ["attendance:read", "meetings:write", "host-links",
                                               "admin"]},
                                   {"id": "b-writer", "sha256": "%s",
                                    "scopes": ["meetings:write"]}],
                      "erasure": {"keep_anonymous_totals": true}}]}
        """
            .formatted(
                TENANT_B, KeyDigests.sha256Hex(B_ADMIN_KEY), KeyDigests.sha256Hex(B_WRITER_KEY));
    try {
      Path file = Files.createTempFile("rollcall-tenants-", ".json");
      Files.writeString(file, json);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // Shared by every test of the JVM; AppProcess stops the simulator when the JVM exits.
  }

  /** The simulator itself (for its /sim control API and for reading what Zoom holds). */
  public static String simulatorUrl() {
    return simulator.baseUrl();
  }

  public static FaultProxy proxy() {
    return proxy;
  }
}
