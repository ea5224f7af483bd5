package io.rollcall.localstack.supervision;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the supervisor tells that a component has started, before it starts the next stage: a line in
 * the component's log (the launchers print {@code READY ...}), or an HTTP URL answering 200 (the
 * services' {@code /q/health/ready}).
 */
public sealed interface ReadyCheck {
  /** No check: started means ready. */
  ReadyCheck NONE = new Always();

  /**
   * Whether the component is ready.
   *
   * @param log its log file
   * @param fromOffset the log's length when this run of it was started
   */
  boolean isReady(Path log, long fromOffset);

  /** {@code log <prefix>}, {@code http <url>} or {@code none}. */
  static ReadyCheck parse(String text) {
    String t = text.strip();
    if (t.equals("none")) {
      return NONE;
    }
    if (t.startsWith("log ")) {
      return new LogLine(t.substring(4).strip());
    }
    if (t.startsWith("http ")) {
      return new HttpOk(URI.create(t.substring(5).strip()));
    }
    throw new IllegalArgumentException("ready must be 'log <prefix>', 'http <url>' or 'none'");
  }

  /** Always ready. */
  record Always() implements ReadyCheck {
    @Override
    public boolean isReady(Path log, long fromOffset) {
      return true;
    }
  }

  /** A line starting with {@code prefix} written since the component was started. */
  record LogLine(String prefix) implements ReadyCheck {
    @Override
    public boolean isReady(Path log, long fromOffset) {
      try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
        long length = file.length();
        if (length <= fromOffset) {
          return false;
        }
        file.seek(fromOffset);
        byte[] bytes = new byte[(int) Math.min(length - fromOffset, 16 << 20)];
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8)
            .lines()
            .anyMatch(line -> line.startsWith(prefix));
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** {@code url} answers 200. */
  record HttpOk(URI url) implements ReadyCheck {
    private static final HttpClient CLIENT =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public boolean isReady(Path log, long fromOffset) {
      try {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
