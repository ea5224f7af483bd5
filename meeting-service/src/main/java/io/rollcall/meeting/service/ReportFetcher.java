package io.rollcall.meeting.service;

import io.rollcall.events.ReportParticipant;
import io.rollcall.meeting.client.ReportRows;
import io.rollcall.meeting.client.ZoomApi;
import io.rollcall.meeting.client.ZoomPaging;
import io.rollcall.meeting.client.ZoomRestClient.ReportPage;
import io.rollcall.meeting.client.ZoomRestClient.ReportRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads every page of an instance's participants report from Zoom ({@code GET
 * /report/meetings/{uuid}/participants?include_fields=registrant_id&page_size=300}, ZOOM-FACTS
 * §3.6) as the events meeting-service publishes. Each page is one Zoom call with the client's
 * retries, pacing (Heavy class) and circuit breaker ({@link ZoomApi}).
 */
@ApplicationScoped
public class ReportFetcher {
  /** Zoom's largest page. */
  static final int PAGE_SIZE = 300;

  /** 300,000 rows: far beyond any meeting (Zoom's largest hold 1,000 people). */
  static final int MAX_PAGES = 1_000;

  private final ZoomApi zoom;

  public ReportFetcher(ZoomApi zoom) {
    this.zoom = zoom;
  }

  /**
   * Every row of the report of {@code instanceUuid}, in Zoom's order, as read by fetch {@code
   * fetchId} with {@code tenant}'s credentials; each row carries the tenant.
   *
   * @throws io.rollcall.meeting.client.ZoomApiException Zoom's error (404 while not ready)
   * @throws io.rollcall.meeting.client.ZoomUnavailableException calls to Zoom are paused
   * @throws IllegalStateException Zoom's paging did not end
   * @throws IllegalArgumentException a row's time is not ISO-8601
   */
  public List<ReportParticipant> read(
      String tenant, String meetingId, String instanceUuid, String fetchId) {
    List<ReportRow> rows =
        ZoomPaging.readAll(
            token -> {
              ReportPage page = zoom.reportPage(tenant, instanceUuid, token, PAGE_SIZE);
              return page == null
                  ? new ZoomPaging.Page<ReportRow>(List.of(), null)
                  : new ZoomPaging.Page<>(page.participants(), page.nextPageToken());
            },
            MAX_PAGES);
    return rows.stream()
        .map(row -> ReportRows.toEvent(meetingId, instanceUuid, fetchId, row, tenant))
        .toList();
  }
}
