package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a participant event's facts come from. */
public enum EvidenceSource {
  /** A Zoom webhook, as it was delivered (the default when a message does not say). */
  @JsonProperty("webhook")
  WEBHOOK,
  /**
   * A row of Zoom's participants report ({@code GET /report/meetings/{uuid}/participants}), read
   * after the meeting by meeting-service's reconciliation.
   */
  @JsonProperty("report")
  REPORT
}
