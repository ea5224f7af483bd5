package io.rollcall.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N distinct signed webhooks, one per line ({@code timestamp TAB signature TAB request id
 * TAB body}), for {@code benchmarks/signed-webhooks.lua} to replay through wrk. Signed just before
 * the run, so every timestamp is inside ingest-service's replay window.
 *
 * <p>Usage: {@code SignedRequestsFile <secret> <count> <file>}
 */
public final class SignedRequestsFile {
  private SignedRequestsFile() {}

  public static void main(String[] args) throws IOException {
    SignedWebhooks webhooks = new SignedWebhooks(args[0]);
    int count = Integer.parseInt(args[1]);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        SignedWebhooks.Request request = webhooks.next();
        out.write(request.timestamp());
        out.write('\t');
        out.write(request.signature());
        out.write('\t');
        out.write(request.requestId());
        out.write('\t');
        out.write(new String(request.body(), StandardCharsets.UTF_8));
        out.write('\n');
      }
    }
  }
}
