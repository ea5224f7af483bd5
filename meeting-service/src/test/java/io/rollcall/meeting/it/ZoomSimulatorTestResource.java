package io.rollcall.meeting.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rollcall.testsupport.AppProcess;
import java.util.Map;

/**
 * Runs the real zoom-simulator (its packaged app, as a separate process) for the test JVM, behind a
 * {@link FaultProxy} that passes everything through unless a test asks it to fail some calls, and
 * points meeting-service's Zoom client at it with Server-to-Server OAuth credentials.
 */
public class ZoomSimulatorTestResource implements QuarkusTestResourceLifecycleManager {
  static final String ACCOUNT_ID = "it-account-7";
  static final String CLIENT_ID = "it-client-id";
  static final String CLIENT_SECRET = "it-client-secret-do-not-log";

  private static AppProcess simulator;
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
    }
    return Map.of(
        "rollcall.zoom.api-url", proxy.baseUrl() + "/v2",
        "rollcall.zoom.oauth-url", proxy.baseUrl(),
        "rollcall.zoom.account-id", ACCOUNT_ID,
        "rollcall.zoom.client-id", CLIENT_ID,
        "rollcall.zoom.client-secret", CLIENT_SECRET);
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
