package io.rollcall.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom-shaped participant_joined webhooks, each distinct and signed as Zoom signs them; or any body
 * signed with {@link #sign(byte[], String)}.
 */
final class SignedWebhooks {
  record Request(byte[] body, String timestamp, String signature, String requestId) {}

  private static final String TEMPLATE =
      "{\"event\":\"meeting.participant_joined\",\"event_ts\":%d,\"payload\":{\"account_id\":"
          + "\"AcctBench0000000000001\",\"object\":{\"id\":\"83011223344\",\"uuid\":\"bench%d==\","
          + "\"host_id\":\"HostBench0000000000001\",\"topic\":\"Benchmark\",\"type\":2,"
          + "\"start_time\":\"2026-09-14T15:00:12Z\",\"timezone\":\"Europe/Berlin\",\"duration\":45,"
          + "\"participant\":{\"user_id\":\"%d\",\"user_name\":\"DESKTOP-7Q2LM\",\"id\":\"\","
          + "\"participant_uuid\":\"4C2B7E10-9A61-4F0D-8D5E-%012d\",\"join_time\":\"%s\","
          + "\"email\":\"\",\"registrant_id\":\"Rg5ynthXk2-Jq8vN0pLw3A\",\"participant_user_id\":\"\","
          + "\"customer_key\":\"\",\"phone_number\":\"\"}}}}";

  private final byte[] secret;
  private final AtomicLong sequence = new AtomicLong();

  SignedWebhooks(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  Request next() {
    long n = sequence.incrementAndGet();
    Instant now = Instant.now();
    byte[] body =
        String.format(TEMPLATE, now.toEpochMilli(), n % 64, 16_000_000 + n, n, now)
            .getBytes(StandardCharsets.UTF_8);
    String timestamp = String.valueOf(now.getEpochSecond());
    return new Request(
        body, timestamp, sign(timestamp, body), "bench_" + n + "_" + now.toEpochMilli());
  }

  /** Signs {@code body} now, as Zoom signs each delivery (a retry is signed afresh). */
  Request sign(byte[] body, String requestId) {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    return new Request(body, timestamp, sign(timestamp, body), requestId);
  }

  private String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
