package io.rollcall.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback in front of a real server, for outage tests: {@link #refuse()} resets
 * every open connection and closes the listening port, so clients see what they see when the server
 * is stopped hard ("connection reset", then "connection refused"); {@link #accept()} listens on the
 * same port again; {@link #freeze()} holds every byte back without closing anything (a frozen
 * server), {@link #thaw()} lets them through. One thread per direction per connection; meant for
 * tests, not for speed.
 */
public final class TcpProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listener;
  private volatile boolean frozen;

  /** Starts listening on a free loopback port, forwarding to {@code host:port}. */
  public TcpProxy(String host, int targetPort) {
    this.target = new InetSocketAddress(host, targetPort);
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    startAccepting(listener);
  }

  /** The port clients connect to. */
  public int port() {
    return port;
  }

  /** Resets every connection and stops listening: the server looks gone. Idempotent. */
  public synchronized void refuse() {
    closeQuietly(listener);
    for (Socket socket : open) {
      try {
        socket.setSoLinger(true, 0); // RST, as when the server process dies
      } catch (SocketException e) {
        // already closed
      }
      closeQuietly(socket);
    }
    open.clear();
  }

  /**
   * Stops forwarding in both directions without closing anything: the server looks frozen (a
   * stopped process, a cut network), so clients wait on reads until their own timeouts.
   */
  public void freeze() {
    frozen = true;
  }

  /** Forwards again after {@link #freeze()}; what was held back is delivered. */
  public synchronized void thaw() {
    frozen = false;
    notifyAll();
  }

  /** Listens again on the same port after {@link #refuse()}. Idempotent. */
  public synchronized void accept() {
    if (listener.isClosed()) {
      listener = listen(port);
      startAccepting(listener);
    }
  }

  @Override
  public void close() {
    refuse();
  }

  private static ServerSocket listen(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
  }

  private void startAccepting(ServerSocket server) {
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket upstream = new Socket(target.getAddress(), target.getPort());
                  open.add(client);
                  open.add(upstream);
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException e) {
                  // closed by refuse(), or the target refused: the client sees its socket close
                }
              }
            },
            "tcp-proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  awaitThaw();
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "tcp-proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized void awaitThaw() {
    while (frozen) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // nothing to do
    }
  }
}
