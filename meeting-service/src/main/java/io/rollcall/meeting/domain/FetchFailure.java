package io.rollcall.meeting.domain;

/** Why a fetch of a participants report failed, as far as when to try again is concerned. */
public enum FetchFailure {
  /** 404 (Zoom code 3001): the report is not ready yet, as right after the end, or no such uuid. */
  NOT_READY,
  /** 429 beyond what the call's own retries wait: come back when Zoom said. */
  RATE_LIMITED,
  /** Rollcall does not call Zoom now (circuit open, no credentials): not the instance's fault. */
  UNAVAILABLE,
  /** Zoom failing or unreachable (5xx, no answer) after the call's own retries. */
  FAILING,
  /** Zoom refused for good (another 4xx: no report scope, plan, meeting older than a year). */
  REFUSED
}
