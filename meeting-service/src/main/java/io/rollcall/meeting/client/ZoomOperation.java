package io.rollcall.meeting.client;

import java.util.Locale;

/**
 * The Zoom calls meeting-service makes, each with its rate-limit class (Zoom's "Rate limits" page
 * and the endpoint's rate label, ZOOM-FACTS §3.2–3.4, §3.7) and whether repeating it after an
 * ambiguous failure (a 5xx or a timeout, when Zoom may have acted) is harmless.
 */
public enum ZoomOperation {
  /** {@code POST /users/{userId}/meetings}: Medium. A blind repeat could book a second meeting. */
  CREATE_MEETING(ApiClass.MEDIUM, false),
  /** {@code GET /meetings/{meetingId}}: Light. */
  GET_MEETING(ApiClass.LIGHT, true),
  /** {@code GET /webinars/{webinarId}}: Light. */
  GET_WEBINAR(ApiClass.LIGHT, true),
  /** {@code POST /meetings/{meetingId}/registrants}: Light; Zoom keys registrants by email. */
  ADD_REGISTRANT(ApiClass.LIGHT, true),
  /** {@code POST /meetings/{meetingId}/batch_registrants}: Heavy; keyed by email too. */
  BATCH_REGISTRANTS(ApiClass.HEAVY, true),
  /** {@code PUT /meetings/{meetingId}/registrants/status}: Medium; cancelling twice is harmless. */
  CANCEL_REGISTRANT(ApiClass.MEDIUM, true),
  /** {@code GET /users/{userId}/token?type=zak}: Light. */
  USER_ZAK(ApiClass.LIGHT, true),
  /** {@code POST /users/{userId}/webinars}: Medium. A blind repeat could book a second webinar. */
  CREATE_WEBINAR(ApiClass.MEDIUM, false),
  /** {@code POST /webinars/{webinarId}/registrants}: Light; Zoom keys registrants by email. */
  ADD_WEBINAR_REGISTRANT(ApiClass.LIGHT, true),
  /** {@code PUT /webinars/{webinarId}/registrants/status}: Medium; cancelling twice is harmless. */
  CANCEL_WEBINAR_REGISTRANT(ApiClass.MEDIUM, true),
  /** {@code POST /webinars/{webinarId}/panelists}: Medium; Zoom keeps one panelist per email. */
  ADD_PANELISTS(ApiClass.MEDIUM, true),
  /** {@code GET /webinars/{webinarId}/panelists}: Medium. */
  LIST_PANELISTS(ApiClass.MEDIUM, true),
  /** {@code DELETE /webinars/{webinarId}/panelists/{panelistId}}: Light; a 404 on repeat. */
  REMOVE_PANELIST(ApiClass.LIGHT, true),
  /** {@code GET /report/meetings/{meetingId}/participants}: Heavy (ZOOM-FACTS §3.6). */
  REPORT_PARTICIPANTS(ApiClass.HEAVY, true),
  /** {@code GET /past_meetings/{meetingId}/instances}: Medium. */
  PAST_INSTANCES(ApiClass.MEDIUM, true);

  private final ApiClass apiClass;
  private final boolean idempotent;

  ZoomOperation(ApiClass apiClass, boolean idempotent) {
    this.apiClass = apiClass;
    this.idempotent = idempotent;
  }

  /** Zoom's rate-limit class of the endpoint. */
  public ApiClass apiClass() {
    return apiClass;
  }

  /** Whether a retry after a failure that Zoom may have acted on is harmless. */
  public boolean idempotent() {
    return idempotent;
  }

  /** A stable name for errors and metrics, e.g. {@code create_meeting}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
