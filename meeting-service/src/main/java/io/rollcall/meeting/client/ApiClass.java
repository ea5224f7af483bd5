package io.rollcall.meeting.client;

/** Zoom's rate-limit classes; each endpoint belongs to one (ZOOM-FACTS §3.7). */
public enum ApiClass {
  LIGHT,
  MEDIUM,
  HEAVY
}
