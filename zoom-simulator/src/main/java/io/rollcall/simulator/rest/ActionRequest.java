package io.rollcall.simulator.rest;

import java.time.Instant;

/**
 * The body of simple control actions; every field optional.
 *
 * @param at event time on the scenario clock (default: the simulator clock)
 * @param reason leave reason: left, disconnected, removed, or free text sent as is
 * @param newRole role for role changes: host, co-host, attendee
 * @param uuid instance uuid to use when starting (to test uuids that need double encoding)
 */
public record ActionRequest(Instant at, String reason, String newRole, String uuid) {

  static ActionRequest orEmpty(ActionRequest r) {
    return r != null ? r : new ActionRequest(null, null, null, null);
  }
}
