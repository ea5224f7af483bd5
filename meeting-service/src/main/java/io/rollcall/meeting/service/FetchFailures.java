package io.rollcall.meeting.service;

import io.rollcall.meeting.client.ZoomApiException;
import io.rollcall.meeting.client.ZoomUnavailableException;
import io.rollcall.meeting.domain.FetchFailure;

/** What a failed report fetch means for the next attempt ({@link FetchFailure}). */
final class FetchFailures {
  private FetchFailures() {}

  /**
   * 404 is a report not ready yet (Zoom answers code 3001 right after the end); 429 a rate limit;
   * no answer, a 5xx or credentials refused (401, which an operator can fix) Zoom failing; another
   * 4xx a refusal for good; an open circuit or missing credentials a paused client; anything else
   * (an unreadable page) Zoom failing.
   */
  static FetchFailure classify(RuntimeException failure) {
    if (failure instanceof ZoomUnavailableException) {
      return FetchFailure.UNAVAILABLE;
    }
    if (failure instanceof ZoomApiException z) {
      int status = z.status();
      if (status == 404) {
        return FetchFailure.NOT_READY;
      }
      if (status == 429) {
        return FetchFailure.RATE_LIMITED;
      }
      if (status == 0 || status == 401 || status >= 500) {
        return FetchFailure.FAILING;
      }
      return FetchFailure.REFUSED;
    }
    return FetchFailure.FAILING;
  }
}
