package io.rollcall.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.EventJson;
import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.ingest.domain.WebhookVerifier;
import io.rollcall.testsupport.KafkaTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * A burst of 10,000 bad requests — malformed, unsigned, wrongly signed, stale, oversized, wrongly
 * typed — shuffled among valid webhooks, sent 32 at a time: every bad one gets its 4xx and leaves
 * nothing on the raw topic, every valid one is answered 200 and is on the topic exactly once, and
 * the service is still live and ready afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class IngestBurstTest {
  private static final int BAD = 10_000;
  private static final int VALID = 2_500;
  private static final int IN_FLIGHT = 32;
  private static final int OVERSIZED = 40; // 1 MiB each: enough to prove it, cheap to send

  /** One kind of request and the answer it must get. */
  enum Kind {
    VALID(200),
    NOT_JSON(400),
    NOT_UTF8(400),
    NOT_AN_OBJECT(400),
    NO_EVENT(400),
    EVENT_NOT_A_STRING(400),
    UNSIGNED(401),
    WRONG_SECRET(401),
    STALE(401),
    TIMESTAMP_NOT_A_NUMBER(401),
    OVERSIZED(413),
    NOT_JSON_CONTENT_TYPE(415);

    final int expected;

    Kind(int expected) {
      this.expected = expected;
    }
  }

  private record Outcome(Kind kind, String requestId, int status) {}

  @TestHTTPResource("/zoom/webhooks")
  URI url;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void tenThousandBadRequestsAmongValidOnesEachGetTheirAnswerAndOnlyTheValidAreStored()
      throws Exception {
    List<Kind> kinds = plan();
    Semaphore slots = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<Outcome>> answers = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i);
      String requestId = "burst_" + kind.name().toLowerCase() + "_" + i + "_" + start;
      slots.acquire();
      answers.add(
          client
              .sendAsync(request(kind, requestId, i), HttpResponse.BodyHandlers.discarding())
              .handle((r, e) -> new Outcome(kind, requestId, r == null ? -1 : r.statusCode()))
              .whenComplete((o, e) -> slots.release()));
    }
    List<Outcome> outcomes = answers.stream().map(CompletableFuture::join).toList();
    double seconds = (System.nanoTime() - start) / 1e9;

    Map<Kind, Map<Integer, Long>> byKind = new EnumMap<>(Kind.class);
    outcomes.forEach(
        o ->
            byKind
                .computeIfAbsent(o.kind(), k -> new TreeMap<>())
                .merge(o.status(), 1L, Long::sum));
    System.out.printf(
        "IngestBurstTest: %,d requests (%,d bad, %,d valid) in %.1f s, %.0f requests/s;"
            + " answers by kind: %s%n",
        outcomes.size(), BAD, VALID, seconds, outcomes.size() / seconds, byKind);

    assertThat(outcomes)
        .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(o.kind().expected));
    Map<String, Long> stored = storedRequestIds();
    for (Outcome o : outcomes) {
      long expected = o.kind() == Kind.VALID ? 1 : 0;
      assertThat(stored.getOrDefault(o.requestId(), 0L)).as(o.toString()).isEqualTo(expected);
    }
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);
  }

  /** The kinds in a shuffled order (seeded, so a failure replays). */
  private static List<Kind> plan() {
    List<Kind> bad = new ArrayList<>();
    List<Kind> badKinds =
        List.of(Kind.values()).stream()
            .filter(k -> k != Kind.VALID && k != Kind.OVERSIZED)
            .toList();
    for (int i = 0; i < BAD - OVERSIZED; i++) {
      bad.add(badKinds.get(i % badKinds.size()));
    }
    bad.addAll(Collections.nCopies(OVERSIZED, Kind.OVERSIZED));
    List<Kind> all = new ArrayList<>(bad);
    all.addAll(Collections.nCopies(VALID, Kind.VALID));
    Collections.shuffle(all, new Random(16));
    return all;
  }

  private HttpRequest request(Kind kind, String requestId, int n) {
    String now = String.valueOf(Instant.now().getEpochSecond());
    byte[] body = body(kind, n);
    String timestamp =
        switch (kind) {
          case STALE -> String.valueOf(Instant.now().getEpochSecond() - 3600);
          case TIMESTAMP_NOT_A_NUMBER -> "yesterday";
          default -> now;
        };
    String secret = kind == Kind.WRONG_SECRET ? "not-the-secret" : ZoomWebhookResourceTest.SECRET;
    String signingTimestamp = kind == Kind.TIMESTAMP_NOT_A_NUMBER ? now : timestamp;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header(
                "content-type",
                kind == Kind.NOT_JSON_CONTENT_TYPE ? "text/plain" : "application/json")
            .header("x-zm-request-timestamp", timestamp)
            .header("x-zm-request-id", requestId)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (kind == Kind.OVERSIZED) {
      // As a careful client sends a large body: headers first, the body only once the server
      // agrees. ingest-service answers 413 from the declared length before reading any of it; a
      // client already pushing the megabyte would see the connection close under it instead of
      // the answer (seen once in 40 in a full build).
      builder.expectContinue(true);
    }
    if (kind != Kind.UNSIGNED) {
      builder.header("x-zm-signature", WebhookVerifier.sign(secret, signingTimestamp, body));
    }
    return builder.build();
  }

  private static byte[] body(Kind kind, int n) {
    String text =
        switch (kind) {
          case NOT_JSON -> "{\"event\": \"meeting.participant_joined\", ";
          case NOT_AN_OBJECT -> "[\"meeting.participant_joined\"]";
          case NO_EVENT -> "{\"payload\":{\"object\":{\"id\":\"83011223344\"}}}";
          case EVENT_NOT_A_STRING -> "{\"event\":42,\"payload\":{\"object\":{\"id\":1}}}";
          case NOT_UTF8 -> null;
          case OVERSIZED ->
              "{\"event\":\"meeting.participant_joined\",\"pad\":\""
                  + " ".repeat(1_048_576)
                  + "\"}";
          default -> participantJoined(n);
        };
    return text == null ? new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'} : bytes(text);
  }

  private static String participantJoined(int n) {
    return "{\"event\":\"meeting.participant_joined\",\"event_ts\":"
        + Instant.now().toEpochMilli()
        + ",\"payload\":{\"account_id\":\"AcctBurst\",\"object\":{\"id\":\"83011223344\","
        + "\"uuid\":\"burst"
        + (n % 16)
        + "==\",\"host_id\":\"HostBurst\",\"participant\":{\"user_id\":\""
        + (16_000_000 + n)
        + "\",\"user_name\":\"Burst "
        + n
        + "\",\"join_time\":\"2026-11-30T17:00:00Z\"}}}}";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Dedup key (the request id here) → how many envelopes carry it on the raw topic. */
  private static Map<String, Long> storedRequestIds() {
    Map<String, Long> counts = new ConcurrentHashMap<>();
    RawTopic.readAll().stream()
        .map(r -> EventJson.decode(r.value(), RawWebhookEnvelope.class).dedupKey())
        .filter(key -> key != null && key.startsWith("burst_"))
        .forEach(key -> counts.merge(key, 1L, Long::sum));
    return counts;
  }
}
