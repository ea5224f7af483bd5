package io.rollcall.meeting.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.meeting.client.ZoomRestClient.ReportRow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
  private static final String UUID = "rT7xQb+4S3q0m/1Zc9Lw2A==";

  @Test
  void mapsZoomsFieldsToTheEventsNamesAndDropsEmptyStrings() {
    ReportRow row =
        new ReportRow(
            "old-id",
            "zoom-user-7",
            "16778240",
            "",
            "María López",
            "maria@example.edu",
            "2026-09-14T15:02:07Z",
            "2026-09-14T15:40:00Z",
            2273L,
            false,
            "in_meeting",
            "FkQbpP2UR028mDrwzEahqw==",
            "",
            "reg-42");

    ReportParticipant event = ReportRows.toEvent("83011223344", UUID, "fetch-1", row, null);

    ZoomParticipant p = event.participant();
    assertThat(p.userId()).isEqualTo("16778240");
    assertThat(p.participantUuid()).isNull();
    assertThat(p.userName()).isEqualTo("María López");
    assertThat(p.email()).isEqualTo("maria@example.edu");
    assertThat(p.zoomUserId()).isEqualTo("zoom-user-7");
    assertThat(p.registrantId()).isEqualTo("reg-42");
    assertThat(p.customerKey()).isNull();
    assertThat(p.breakoutRoomUuid()).isEqualTo("FkQbpP2UR028mDrwzEahqw==");
    assertThat(event.joinTime()).isEqualTo(Instant.parse("2026-09-14T15:02:07Z"));
    assertThat(event.leaveTime()).isEqualTo(Instant.parse("2026-09-14T15:40:00Z"));
    assertThat(event.duration()).isEqualTo(2273);
    assertThat(event.status()).isEqualTo("in_meeting");
    assertThat(event.meetingId()).isEqualTo("83011223344");
    assertThat(event.instanceUuid()).isEqualTo(UUID);
    assertThat(event.fetchId()).isEqualTo("fetch-1");
    assertThat(event.eventId()).startsWith("report:" + UUID + ":");
  }

  @Test
  void theDeprecatedIdIsTheZoomUserIdOnlyWithoutParticipantUserId() {
    assertThat(zoomUserId("", "old-id")).isEqualTo("old-id");
    assertThat(zoomUserId(null, "old-id")).isEqualTo("old-id");
    assertThat(zoomUserId("", "")).isNull();
  }

  @Test
  void theSameRowReadByAnotherFetchHasTheSameEventId() {
    ReportRow row = anonymous("16779264");
    assertThat(ReportRows.toEvent("1", UUID, "fetch-1", row, null).eventId())
        .isEqualTo(ReportRows.toEvent("1", UUID, "fetch-2", row, null).eventId())
        .isNotEqualTo(
            ReportRows.toEvent("1", UUID, "fetch-1", anonymous("16780288"), null).eventId());
  }

  @Test
  void missingNumbersAreZeroAndFalseAndABadTimeIsRefused() {
    ReportParticipant event = ReportRows.toEvent("1", UUID, "f", anonymous("1"), null);
    assertThat(event.duration()).isZero();
    assertThat(event.failover()).isFalse();
    ReportRow bad =
        new ReportRow("", "", "1", "", "x", "", "yesterday", "", null, null, "", "", "", null);
    assertThatThrownBy(() -> ReportRows.toEvent("1", UUID, "f", bad, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String zoomUserId(String participantUserId, String id) {
    ReportRow row =
        new ReportRow(
            id,
            participantUserId,
            "1",
            null,
            "n",
            "",
            "2026-09-14T15:02:07Z",
            "2026-09-14T15:03:07Z",
            60L,
            false,
            "in_meeting",
            "",
            "",
            "");
    return ReportRows.toEvent("1", UUID, "f", row, null).participant().zoomUserId();
  }

  private static ReportRow anonymous(String userId) {
    return new ReportRow(
        "",
        "",
        userId,
        null,
        "user",
        "",
        "2026-09-14T15:02:07Z",
        "2026-09-14T15:03:07Z",
        null,
        null,
        "in_meeting",
        "",
        "",
        null);
  }
}
