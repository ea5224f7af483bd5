package io.rollcall.meeting.rest;

import io.rollcall.meeting.repository.ReconciliationEntity;
import java.time.Instant;

/**
 * The answer to a reconciliation request: {@code {"meeting_id", "instance_uuid", "trigger",
 * "state", "due_at"}}; {@code state} is {@code pending} until the fetch is done.
 */
public record ReconciliationView(
    String meetingId, String instanceUuid, String trigger, String state, Instant dueAt) {

  static ReconciliationView of(ReconciliationEntity row) {
    return new ReconciliationView(
        row.meetingId, row.instanceUuid, row.trigger, row.state, row.dueAt);
  }
}
