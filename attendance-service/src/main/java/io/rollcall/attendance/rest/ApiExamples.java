package io.rollcall.attendance.rest;

/** Example answers shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

  private ApiExamples() {}

  static final String INSTANCES =
      """
      {"meeting_id": "83011223344",
       "instances": [{"uuid": "rT7xQb+4S3q0m/1Zc9Lw2A==", "instance_uuid": "rT7xQb+4S3q0m/1Zc9Lw2A==",
                      "topic": "Synthetic onboarding call",
                      "started_at": "2026-09-14T15:00:12Z", "ended_at": "2026-09-14T15:45:00Z",
                      "kind": "meeting",
                      "reconciliation": {"reconciled_at": "2026-09-14T16:10:03Z",
                                         "trigger": "meeting_ended", "rows_read": 42,
                                         "sessions_added": 1, "sessions_changed": 0}}]}
      """;

  static final String ATTENDANCE =
      """
      {"meeting_id": "83011223344", "instance_uuid": "rT7xQb+4S3q0m/1Zc9Lw2A==",
       "started_at": "2026-09-14T15:00:12Z", "ended_at": "2026-09-14T15:45:00Z", "live": false,
       "attendees": [
        {"ref": "student-42", "role": "invitee", "name": "María López",
         "email": "maria.lopez@example.edu",
         "resolution": {"method": "registrant", "confidence": "exact"},
         "attended_seconds": 2569, "waiting_seconds": 35,
         "first_join": "2026-09-14T15:02:07Z", "last_leave": "2026-09-14T15:45:00Z",
         "sessions": [
          {"connection_id": "u:16778240",
           "joined_at": "2026-09-14T15:02:07Z", "left_at": "2026-09-14T15:20:00Z",
           "leave_reason": "María López left the meeting.<br>Reason: Join breakout room.",
           "flags": []},
          {"connection_id": "u:16786432",
           "joined_at": "2026-09-14T15:20:02Z", "left_at": "2026-09-14T15:30:00Z",
           "leave_reason": "María López left the meeting.<br>Reason: left the breakout room.",
           "breakout_room_uuid": "FkQbpP2UR028mDrwzEahqw==", "flags": []},
          {"connection_id": "u:16787456",
           "joined_at": "2026-09-14T15:30:02Z", "left_at": "2026-09-14T15:45:00Z",
           "leave_reason": "meeting ended", "flags": []}],
         "flags": [],
         "rooms": [{"room": "main", "attended_seconds": 1971},
                   {"room": "breakout", "breakout_room_uuid": "FkQbpP2UR028mDrwzEahqw==",
                    "attended_seconds": 598}],
         "via_link_of": null, "erased": false},
        {"ref": null, "role": null, "name": "iPhone", "email": null,
         "resolution": {"method": "none", "confidence": "none"},
         "attended_seconds": 600, "waiting_seconds": 0,
         "first_join": "2026-09-14T15:10:00Z", "last_leave": "2026-09-14T15:20:00Z",
         "sessions": [{"connection_id": "u:16779264",
                       "joined_at": "2026-09-14T15:10:00Z", "left_at": "2026-09-14T15:20:00Z",
                       "leave_reason": null, "flags": ["uninvited", "from_report"]}],
         "flags": ["uninvited", "from_report"],
         "rooms": [{"room": "main", "attended_seconds": 600}], "via_link_of": null, "erased": false},
        {"ref": "student-7", "role": "invitee", "name": "Jonas Berg",
         "email": "jonas.berg@example.edu",
         "resolution": {"method": "manual", "confidence": "exact",
                        "assignment": {"assigned_by": "key:3f9a1c27b0de",
                                       "reason": "his tablet; confirmed by the teacher",
                                       "assigned_at": "2026-09-15T08:30:00Z",
                                       "evidence": {"ref": null, "method": "none",
                                                    "confidence": "none"}}},
         "attended_seconds": 1200, "waiting_seconds": 0,
         "first_join": "2026-09-14T15:12:00Z", "last_leave": "2026-09-14T15:32:00Z",
         "sessions": [{"connection_id": "u:16780288",
                       "joined_at": "2026-09-14T15:12:00Z", "left_at": "2026-09-14T15:32:00Z",
                       "leave_reason": "Tablet left the meeting.", "flags": ["uninvited"]}],
         "flags": ["uninvited"], "rooms": [{"room": "main", "attended_seconds": 1200}],
         "via_link_of": null, "erased": false}],
       "kind": "meeting",
       "reconciliation": {"reconciled_at": "2026-09-14T16:10:03Z", "trigger": "meeting_ended",
                          "rows_read": 42, "sessions_added": 1, "sessions_changed": 0}}
      """;

  static final String CSV =
      """
      meeting_id,instance_uuid,ref,role,name,email,method,confidence,attended_seconds,\
      waiting_seconds,first_join,last_leave,sessions,flags,rooms,via_link_of,connection_ids
      83011223344,rT7xQb+4S3q0m/1Zc9Lw2A==,student-42,invitee,María López,\
      maria.lopez@example.edu,registrant,exact,2569,35,2026-09-14T15:02:07Z,2026-09-14T15:45:00Z,\
      2026-09-14T15:02:07Z/2026-09-14T15:20:00Z;2026-09-14T15:20:02Z/2026-09-14T15:30:00Z;\
      2026-09-14T15:30:02Z/2026-09-14T15:45:00Z,,main:1971;FkQbpP2UR028mDrwzEahqw==:598,,\
      u:16778240;u:16786432;u:16787456
      """;

  static final String PERSON =
      """
      {"ref": "student-42",
       "instances": [{"meeting_id": "83011223344", "instance_uuid": "rT7xQb+4S3q0m/1Zc9Lw2A==",
                      "started_at": "2026-09-14T15:00:12Z", "ended_at": "2026-09-14T15:45:00Z",
                      "attendance": {"ref": "student-42", "role": "invitee",
                                     "name": "María López", "email": "maria.lopez@example.edu",
                                     "resolution": {"method": "registrant", "confidence": "exact"},
                                     "attended_seconds": 2460, "waiting_seconds": 0,
                                     "first_join": "2026-09-14T15:02:07Z",
                                     "last_leave": "2026-09-14T15:45:00Z",
                                     "sessions": [], "flags": [],
                                     "rooms": [{"room": "main", "attended_seconds": 2460}],
                                     "via_link_of": null, "erased": false}}]}
      """;

  static final String ASSIGNED =
      """
      {"schema_version": 1, "event_id": "5c0e2f55-8a0e-4f0b-a7b9-3a4c0d1e2f30",
       "action": "assigned", "meeting_id": "83011223344",
       "instance_uuid": "rT7xQb+4S3q0m/1Zc9Lw2A==", "connection_id": "u:16779264",
       "ref": "student-42", "reason": "the iPad was María's; confirmed by her teacher",
       "assigned_by": "key:3f9a1c27b0de", "occurred_at": "2026-09-15T08:30:00Z"}
      """;

  static final String NOT_AN_INVITEE =
      """
      {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
       "detail": "ref 'student-99' is not an invitee of meeting 83011223344: no issued link of the meeting has this ref"}
      """;

  static final String NOT_FOUND =
      """
      {"type": "about:blank", "title": "Not Found", "status": 404,
       "detail": "no instance of meeting 83011223344 has been seen"}
      """;

  static final String BAD_REQUEST =
      """
      {"type": "about:blank", "title": "Bad Request", "status": 400,
       "detail": "meeting_id must be a Zoom meeting number (digits)"}
      """;

  static final String UNAUTHORIZED =
      """
      {"type": "about:blank", "title": "Unauthorized", "status": 401,
       "detail": "send a valid API key as 'Authorization: Bearer <key>'"}
      """;
}
