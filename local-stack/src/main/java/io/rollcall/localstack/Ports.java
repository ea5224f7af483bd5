package io.rollcall.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks ports before a server binds them, so a taken port fails fast and clearly. */
final class Ports {
  private Ports() {}

  static void requireFree(int port, String component, String envVariable) {
    if (!isFree(port)) {
      throw new PortInUseException(component, port, envVariable);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // As the servers themselves bind: on Linux SO_REUSEADDR lets a port whose last connections
      // linger in TIME_WAIT be reused, while a listening socket still makes the bind fail.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
