package io.rollcall.simulator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.simulator.domain.Signature;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP webhook receiver inside the test application; records what it gets. */
@Path("/test-receiver/webhooks")
public class TestReceiver {

  /** One request as received: the headers that matter and the raw body. */
  public record Received(
      String signature, String timestamp, String requestId, String body, JsonNode json) {
    String event() {
      return json.path("event").asText();
    }

    String meetingId() {
      return json.at("/payload/object/id").asText();
    }

    JsonNode participant() {
      return json.at("/payload/object/participant");
    }
  }

  static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

  /** meeting id → how many more deliveries to answer with that meeting's failure status. */
  static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

  static final Map<String, Integer> FAILURE_STATUS = new ConcurrentHashMap<>();

  /** meeting id → how many more deliveries to answer slowly (after the sender's timeout). */
  static final Map<String, AtomicInteger> SLOW = new ConcurrentHashMap<>();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Received> forMeeting(String meetingId) {
    return RECEIVED.stream().filter(r -> r.meetingId().equals(meetingId)).toList();
  }

  /**
   * Forgets what was received once nothing is in flight, so a test only sees its own meeting
   * (meeting ids can repeat after a test resets the simulator's seed).
   */
  static void clear() {
    org.awaitility.Awaitility.await()
        .until(
            () ->
                io.restassured.RestAssured.get("/sim/webhooks/pending")
                    .then()
                    .extract()
                    .<Integer>path("pending"),
            p -> p == 0);
    RECEIVED.clear();
  }

  /** Waits (quietly) until at least {@code count} events of the meeting have arrived. */
  static List<Received> awaitCount(String meetingId, int count) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(15))
        .until(() -> forMeeting(meetingId).size(), n -> n >= count);
    return forMeeting(meetingId);
  }

  static void failNext(String meetingId, int count, int status) {
    FAILURES.put(meetingId, new AtomicInteger(count));
    FAILURE_STATUS.put(meetingId, status);
  }

  @POST
  public Response receive(
      @HeaderParam("x-zm-signature") String signature,
      @HeaderParam("x-zm-request-timestamp") String timestamp,
      @HeaderParam("x-zm-request-id") String requestId,
      String body)
      throws Exception {
    JsonNode json = MAPPER.readTree(body);
    if (json.path("event").asText().equals("endpoint.url_validation")) {
      String plain = json.at("/payload/plainToken").asText();
      return Response.ok(
              Map.of(
                  "plainToken",
                  plain,
                  "encryptedToken",
                  Signature.encryptToken("sim-webhook-secret", plain)))
          .build();
    }
    Received received = new Received(signature, timestamp, requestId, body, json);
    RECEIVED.add(received);
    AtomicInteger slow = SLOW.get(received.meetingId());
    if (slow != null && slow.getAndDecrement() > 0) {
      // A slow endpoint, not synchronisation: the reply comes after the sender gave up.
      Thread.sleep(1500);
    }
    AtomicInteger failures = FAILURES.get(received.meetingId());
    if (failures != null && failures.getAndDecrement() > 0) {
      return Response.status(FAILURE_STATUS.get(received.meetingId())).build();
    }
    return Response.ok().build();
  }
}
