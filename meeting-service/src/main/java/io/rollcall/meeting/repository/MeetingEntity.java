package io.rollcall.meeting.repository;

import io.rollcall.events.MeetingKind;
import io.rollcall.meeting.domain.Meeting;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code meeting}: a meeting scheduled through Rollcall ({@link Meeting} as stored). */
@Entity
@Table(name = "meeting")
public class MeetingEntity {
  /** Zoom's meeting number. */
  @Id
  @Column(name = "meeting_id")
  public String meetingId;

  @Column(name = "host_ref", nullable = false)
  public String hostRef;

  @Column(name = "host_id", nullable = false)
  public String hostId;

  @Column(name = "host_email")
  public String hostEmail;

  @Column(nullable = false)
  public String topic;

  /** Zoom's meeting type (2 scheduled, 8 recurring with a fixed time, …). */
  @Column(nullable = false)
  public int type;

  @Column(name = "start_time")
  public Instant startTime;

  public String timezone;

  /** Minutes. */
  public Integer duration;

  @Column(name = "registration_required", nullable = false)
  public boolean registrationRequired;

  @Column(name = "meeting_authentication", nullable = false)
  public boolean meetingAuthentication;

  @Column(name = "waiting_room", nullable = false)
  public boolean waitingRoom;

  @Column(name = "join_before_host", nullable = false)
  public boolean joinBeforeHost;

  @Column(name = "allow_multiple_devices", nullable = false)
  public boolean allowMultipleDevices;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Meeting or webinar. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeetingKind kind;

  /** The tenant (Zoom account id) it belongs to. */
  @Column(nullable = false)
  public String tenant;

  /** The row for {@code m}. */
  static MeetingEntity of(Meeting m) {
    MeetingEntity e = new MeetingEntity();
    e.meetingId = m.meetingId();
    e.hostRef = m.hostRef();
    e.hostId = m.hostId();
    e.hostEmail = m.hostEmail();
    e.topic = m.topic();
    e.type = m.type();
    e.startTime = m.startTime();
    e.timezone = m.timezone();
    e.duration = m.duration();
    e.registrationRequired = m.registrationRequired();
    e.meetingAuthentication = m.meetingAuthentication();
    e.waitingRoom = m.waitingRoom();
    e.joinBeforeHost = m.joinBeforeHost();
    e.allowMultipleDevices = m.allowMultipleDevices();
    e.createdAt = m.createdAt();
    e.kind = m.kind();
    e.tenant = m.tenant();
    return e;
  }

  /** The meeting this row stores. */
  Meeting toMeeting() {
    return new Meeting(
        meetingId,
        hostRef,
        hostId,
        hostEmail,
        topic,
        type,
        startTime,
        timezone,
        duration,
        registrationRequired,
        meetingAuthentication,
        waitingRoom,
        joinBeforeHost,
        allowMultipleDevices,
        createdAt,
        kind,
        tenant);
  }
}
