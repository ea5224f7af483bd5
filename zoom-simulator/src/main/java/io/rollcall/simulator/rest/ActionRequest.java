package io.rollcall.simulator.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of simple control actions; every field optional.
 *
 * @param at event time on the scenario clock (default: the simulator clock)
 * @param reason leave reason: left, disconnected, removed, or free text sent as is
 * @param newRole role for role changes: host, co-host, attendee
 * @param uuid instance uuid to use when starting (to test uuids that need double encoding)
 * @param room breakout room name to move to, or {@code main}
 * @param rooms breakout room names to open
 * @param assignments person → room name (or {@code main}), for an assignment
 * @param phoneNumber the number a phone leg calls from
 */
public record ActionRequest(
    Instant at,
    String reason,
    String newRole,
    String uuid,
    String room,
    List<String> rooms,
    Map<String, String> assignments,
    String phoneNumber) {

  static ActionRequest orEmpty(ActionRequest r) {
    return r != null ? r : new ActionRequest(null, null, null, null, null, null, null, null);
  }
}
