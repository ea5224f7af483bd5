package io.rollcall.identity.domain;

import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.MeetingInfo;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.List;

/** Small builders for resolver tests: one meeting, its links, and participant events. */
final class Fixtures {
  static final String MEETING = "83011223344";
  static final String HOST_ZOOM_ID = "HostZoom01";
  static final Instant T0 = Instant.parse("2026-09-14T15:00:00Z");
  private static int sequence;

  private Fixtures() {}

  static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  static RegistryLink invitee(String ref, String first, String last, String registrantId) {
    return new RegistryLink(
        "lnk_" + ref,
        LinkRole.INVITEE,
        LinkStatus.ISSUED,
        ref,
        registrantId,
        "ck_" + ref,
        ref + "@example.edu",
        first,
        last,
        null,
        T0.minusSeconds(86400));
  }

  static RegistryLink withZoomUser(RegistryLink l, String zoomUserId) {
    return new RegistryLink(
        l.linkId(),
        l.role(),
        l.status(),
        l.inviteeRef(),
        l.registrantId(),
        l.customerKey(),
        l.email(),
        l.firstName(),
        l.lastName(),
        zoomUserId,
        l.occurredAt());
  }

  static RegistryLink revoked(RegistryLink l, Instant when) {
    return new RegistryLink(
        l.linkId(),
        l.role(),
        LinkStatus.REVOKED,
        l.inviteeRef(),
        l.registrantId(),
        l.customerKey(),
        l.email(),
        l.firstName(),
        l.lastName(),
        l.zoomUserId(),
        when);
  }

  static RegistryLink host() {
    return new RegistryLink(
        "host:" + MEETING,
        LinkRole.HOST,
        LinkStatus.ISSUED,
        "teacher@example.edu",
        null,
        null,
        "teacher@example.edu",
        "Tom",
        "Teacher",
        HOST_ZOOM_ID,
        T0.minusSeconds(86400));
  }

  static MeetingInfo meeting(boolean registrationRequired) {
    return new MeetingInfo(
        MEETING,
        HOST_ZOOM_ID,
        "teacher@example.edu",
        "Course",
        2,
        T0,
        registrationRequired,
        false,
        true,
        false,
        false);
  }

  static MeetingRegistry registry(RegistryLink... links) {
    return new MeetingRegistry(MEETING, List.of(links), meeting(true));
  }

  static MeetingRegistry registryWithoutRegistration(RegistryLink... links) {
    return new MeetingRegistry(MEETING, List.of(links), meeting(false));
  }

  /** A participant as Zoom reports it; empty strings for absent fields, as Zoom sends them. */
  static ParticipantBuilder participant(String userId, String userName) {
    return new ParticipantBuilder(userId, userName);
  }

  static final class ParticipantBuilder {
    private final String userId;
    private final String userName;
    private String participantUuid;
    private String email;
    private String zoomUserId;
    private String registrantId;
    private String customerKey;
    private String phoneNumber;
    private String parentUserId;
    private String breakoutRoomUuid;
    private String bindUserId;

    private ParticipantBuilder(String userId, String userName) {
      this.userId = userId;
      this.userName = userName;
    }

    ParticipantBuilder uuid(String value) {
      participantUuid = value;
      return this;
    }

    ParticipantBuilder email(String value) {
      email = value;
      return this;
    }

    ParticipantBuilder zoomUser(String value) {
      zoomUserId = value;
      return this;
    }

    ParticipantBuilder registrant(String value) {
      registrantId = value;
      return this;
    }

    ParticipantBuilder customerKey(String value) {
      customerKey = value;
      return this;
    }

    ParticipantBuilder phone(String value) {
      phoneNumber = value;
      return this;
    }

    /** In breakout room {@code room}, having been {@code parentUserId} in the main session. */
    ParticipantBuilder inBreakoutRoom(String room, String parentUserId) {
      this.breakoutRoomUuid = room;
      this.parentUserId = parentUserId;
      return this;
    }

    /** A phone leg's {@code meeting.participant_bind} to the connection {@code bindUserId}. */
    ParticipantBuilder boundTo(String bindUserId) {
      this.bindUserId = bindUserId;
      return this;
    }

    ZoomParticipant build() {
      return new ZoomParticipant(
          userId,
          participantUuid,
          userName,
          email,
          zoomUserId,
          registrantId,
          customerKey,
          phoneNumber,
          parentUserId,
          breakoutRoomUuid,
          bindUserId,
          null);
    }

    /** An event {@code second} seconds after {@link #T0}. */
    Observation atSecond(ParticipantAction action, int second) {
      ZoomParticipant p = build();
      return new Observation(
          "src-" + (++sequence) + "-" + action + "-" + userId,
          ConnectionKeys.of(p),
          action,
          T0.plusSeconds(second),
          p);
    }

    Observation joined(int minute) {
      return event(ParticipantAction.JOINED, minute);
    }

    Observation left(int minute) {
      return event(ParticipantAction.LEFT, minute);
    }

    Observation event(ParticipantAction action, int minute) {
      ZoomParticipant p = build();
      return new Observation(
          "src-" + (++sequence) + "-" + action + "-" + userId,
          ConnectionKeys.of(p),
          action,
          at(minute),
          p);
    }
  }
}
