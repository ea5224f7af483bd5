package io.rollcall.localstack;

/**
 * How a launcher ends when it cannot start: one clear line on stderr and a non-zero exit code (2: a
 * port is taken or an argument is wrong, 1: anything else), never a hang.
 */
final class Launcher {
  static final int EXIT_CONFIGURATION = 2;
  static final int EXIT_FAILURE = 1;

  /** A launcher's start-up work; it returns once the component is ready. */
  interface Startup {
    void run() throws Exception;
  }

  private Launcher() {}

  static void start(String component, Startup startup) {
    try {
      startup.run();
    } catch (PortInUseException | IllegalArgumentException e) {
      fail(e.getMessage(), EXIT_CONFIGURATION);
    } catch (Exception e) {
      e.printStackTrace();
      fail(component + " failed to start: " + e, EXIT_FAILURE);
    }
  }

  /** The line ./rollcall and the tests wait for. */
  static void announceReady(String component, String address) {
    System.out.println("READY " + component + " " + address);
    System.out.flush();
  }

  static void fail(String message, int exitCode) {
    System.err.println("ERROR " + message);
    System.err.flush();
    System.exit(exitCode);
  }
}
