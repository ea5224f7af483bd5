package io.rollcall.meeting.service;

import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.SdkSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Meeting SDK join credentials for one invitee: a participant signature (never the host role) plus
 * the invitee's customer key and registrant token, so an SDK join is traceable to the invitee.
 */
@ApplicationScoped
public class SdkSignatureService {

  /** Everything the SDK's join call needs for this invitee. */
  public record SdkJoin(
      String signature,
      String sdkKey,
      String meetingNumber,
      int role,
      String customerKey,
      String tk,
      String userEmail,
      String userName,
      Instant expiresAt) {}

  private final InviteeService invitees;
  private final MeetingConfig.Zoom config;
  private final Clock clock;

  public SdkSignatureService(InviteeService invitees, MeetingConfig config, Clock clock) {
    this.invitees = invitees;
    this.config = config.zoom();
    this.clock = clock;
  }

  public SdkJoin sign(String meetingId, String ref) {
    Link link = invitees.find(meetingId, ref);
    if (link.status() == LinkStatus.REVOKED) {
      throw new ProblemException(
          410, "Link revoked", "the link of invitee '" + ref + "' was revoked");
    }
    if (config.sdkKey().isEmpty() || config.sdkSecret().isEmpty()) {
      throw new ProblemException(
          503,
          "Meeting SDK not configured",
          "set ROLLCALL_ZOOM_SDK_KEY and ROLLCALL_ZOOM_SDK_SECRET to issue SDK signatures");
    }
    SdkSignature.Signed signed =
        SdkSignature.participant(
            config.sdkKey().get(),
            config.sdkSecret().get(),
            meetingId,
            config.sdkSignatureTtl(),
            clock.instant());
    String name = (nullToEmpty(link.firstName()) + " " + nullToEmpty(link.lastName())).trim();
    return new SdkJoin(
        signed.jwt(),
        config.sdkKey().get(),
        meetingId,
        SdkSignature.ROLE_PARTICIPANT,
        link.customerKey(),
        JoinUrls.registrantToken(link.joinUrl()).orElse(null),
        link.email(),
        name.isEmpty() ? link.email() : name,
        signed.expiresAt());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
