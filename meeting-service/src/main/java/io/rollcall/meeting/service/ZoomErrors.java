package io.rollcall.meeting.service;

import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;

/** One-line descriptions of Zoom failures for per-invitee results. */
final class ZoomErrors {
  private ZoomErrors() {}

  static String describe(RuntimeException e) {
    if (e instanceof ZoomApiException z) {
      String retry =
          z.retryAfter() == null ? "" : "; retry after " + z.retryAfter().toSeconds() + " s";
      return z.getMessage() + retry;
    }
    if (e instanceof ZoomUnavailableException) {
      return e.getMessage();
    }
    return "unexpected error: " + e.getClass().getSimpleName();
  }
}
