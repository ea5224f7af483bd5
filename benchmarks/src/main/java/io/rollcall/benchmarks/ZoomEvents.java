package io.rollcall.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook bodies as Zoom sends them (shared/zoom/ZOOM-FACTS.md §2): {@code meeting.started}, {@code
 * meeting.participant_joined} and {@code meeting.participant_left} of one meeting instance, compact
 * JSON, times in whole seconds, empty strings for absent values. Invitees carry their {@code
 * registrant_id}; guests do not. Each join is a new connection (a new {@code user_id} and {@code
 * participant_uuid}), as Zoom gives a rejoin.
 */
final class ZoomEvents {
  /** One meeting instance: the meeting number, the instance uuid and the host's Zoom user id. */
  record Instance(String meetingId, String uuid, String hostId) {}

  /** One connection of one person: Zoom's per-connection user id and participant uuid. */
  record Connection(Person person, String userId, String participantUuid) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT = "sim-account-0001";

  /** Zoom's user ids of signed-out participants are numbers like 16778240. */
  private final AtomicLong userIds = new AtomicLong(16_777_216L);

  /** A new connection for {@code person}. */
  Connection connect(Person person) {
    return new Connection(
        person,
        String.valueOf(userIds.addAndGet(1024)),
        UUID.randomUUID().toString().toUpperCase());
  }

  /** A fresh instance uuid shaped like Zoom's (base64 of 16 bytes). */
  static String newInstanceUuid() {
    UUID u = UUID.randomUUID();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
    bytes.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return java.util.Base64.getEncoder().encodeToString(bytes.array());
  }

  byte[] started(Instance instance, Instant at) {
    ObjectNode object = meetingObject(instance);
    object.put("start_time", time(at));
    return envelope("meeting.started", at, object);
  }

  byte[] joined(Instance instance, Connection connection, Instant at) {
    ObjectNode participant = participant(connection);
    participant.put("join_time", time(at));
    ObjectNode object = meetingObject(instance);
    object.set("participant", participant);
    return envelope("meeting.participant_joined", at, object);
  }

  byte[] left(Instance instance, Connection connection, Instant at) {
    ObjectNode participant = participant(connection);
    participant.put("leave_time", time(at));
    participant.put("leave_reason", "left the meeting");
    ObjectNode object = meetingObject(instance);
    object.set("participant", participant);
    return envelope("meeting.participant_left", at, object);
  }

  private static ObjectNode participant(Connection c) {
    Person p = c.person();
    ObjectNode node = JSON.createObjectNode();
    node.put("user_id", c.userId());
    node.put("user_name", p.displayName());
    node.put("id", "");
    node.put("participant_uuid", c.participantUuid());
    node.put("email", p.email());
    node.put("registrant_id", p.isGuest() ? "" : p.registrantId());
    node.put("participant_user_id", "");
    node.put("customer_key", "");
    node.put("phone_number", "");
    return node;
  }

  private static ObjectNode meetingObject(Instance instance) {
    ObjectNode object = JSON.createObjectNode();
    object.put("id", instance.meetingId());
    object.put("uuid", instance.uuid());
    object.put("host_id", instance.hostId());
    object.put("topic", "Pipeline benchmark");
    object.put("type", 2);
    object.put("timezone", "UTC");
    object.put("duration", 60);
    return object;
  }

  private static byte[] envelope(String event, Instant at, ObjectNode object) {
    ObjectNode root = JSON.createObjectNode();
    root.put("event", event);
    root.put("event_ts", at.toEpochMilli());
    ObjectNode payload = root.putObject("payload");
    payload.put("account_id", ACCOUNT);
    payload.set("object", object);
    try {
      return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Zoom's participant times are whole seconds. */
  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
