package io.rollcall.attendance.domain;

import io.rollcall.events.MeetingKind;
import java.time.Instant;

/**
 * One occurrence of a meeting (recurring meetings have many).
 *
 * @param instanceUuid Zoom's meeting instance uuid
 * @param meetingId Zoom meeting number
 * @param topic the meeting's topic, when a lifecycle event reported it
 * @param startedAt from meeting.started (or meeting.ended's start time)
 * @param endedAt from meeting.ended; null while live
 * @param firstSeenAt the earliest event time seen for the instance
 * @param kind meeting or webinar (a webinar's instance sends {@code webinar.*} events)
 * @param reconciliation what merging Zoom's participants report did; null before any report was
 *     merged ({@code instance_reconciled})
 */
public record MeetingInstance(
    String instanceUuid,
    String meetingId,
    String topic,
    Instant startedAt,
    Instant endedAt,
    Instant firstSeenAt,
    MeetingKind kind,
    Reconciliation reconciliation) {

  public MeetingInstance {
    kind = MeetingKind.orMeeting(kind);
  }

  /** An instance no report was merged into. */
  public MeetingInstance(
      String instanceUuid,
      String meetingId,
      String topic,
      Instant startedAt,
      Instant endedAt,
      Instant firstSeenAt,
      MeetingKind kind) {
    this(instanceUuid, meetingId, topic, startedAt, endedAt, firstSeenAt, kind, null);
  }

  /**
   * An instance as its row stores it (the repository's JPQL projection): the reconciliation is null
   * while {@code reconciledAt} is.
   */
  public MeetingInstance(
      String instanceUuid,
      String meetingId,
      String topic,
      Instant startedAt,
      Instant endedAt,
      Instant firstSeenAt,
      MeetingKind kind,
      Instant reconciledAt,
      String reconcileTrigger,
      Integer rowsRead,
      Integer sessionsAdded,
      Integer sessionsChanged) {
    this(
        instanceUuid,
        meetingId,
        topic,
        startedAt,
        endedAt,
        firstSeenAt,
        kind,
        reconciledAt == null
            ? null
            : new Reconciliation(
                reconciledAt,
                reconcileTrigger,
                rowsRead == null ? 0 : rowsRead,
                sessionsAdded == null ? 0 : sessionsAdded,
                sessionsChanged == null ? 0 : sessionsChanged));
  }

  /** A meeting's instance. */
  public MeetingInstance(
      String instanceUuid,
      String meetingId,
      String topic,
      Instant startedAt,
      Instant endedAt,
      Instant firstSeenAt) {
    this(instanceUuid, meetingId, topic, startedAt, endedAt, firstSeenAt, MeetingKind.MEETING);
  }

  public boolean webinar() {
    return kind == MeetingKind.WEBINAR;
  }

  public boolean live() {
    return endedAt == null;
  }
}
