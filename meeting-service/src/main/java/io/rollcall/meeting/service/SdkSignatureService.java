package io.rollcall.meeting.service;

import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.config.MeetingConfig;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.meeting.domain.Link;
import io.rollcall.meeting.domain.ProblemException;
import io.rollcall.meeting.domain.SdkSignature;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
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
  private final Tenants tenants;
  private final MeetingConfig.Zoom config;
  private final Clock clock;

  public SdkSignatureService(
      InviteeService invitees, Tenants tenants, MeetingConfig config, Clock clock) {
    this.invitees = invitees;
    this.tenants = tenants;
    this.config = config.zoom();
    this.clock = clock;
  }

  /**
   * Signs for invitee {@code ref} of the tenant's meeting with the tenant's Meeting SDK credentials
   * (the default tenant's: {@code ROLLCALL_ZOOM_SDK_KEY} and {@code ROLLCALL_ZOOM_SDK_SECRET}).
   *
   * @throws ProblemException 404 for another tenant's or an unknown meeting or ref, 410 for a
   *     revoked link, 503 when the tenant has no SDK credentials
   */
  public SdkJoin sign(String tenant, String meetingId, String ref) {
    Link link = invitees.find(tenant, meetingId, ref);
    if (link.status() == LinkStatus.REVOKED) {
      throw new ProblemException(
          410, "Link revoked", "the link of invitee '" + ref + "' was revoked");
    }
    Tenant credentials = tenants.find(tenant).orElseThrow(() -> sdkMissing(tenant));
    if (credentials.sdkKey().isEmpty() || credentials.sdkSecret().isEmpty()) {
      throw sdkMissing(tenant);
    }
    SdkSignature.Signed signed =
        SdkSignature.participant(
            credentials.sdkKey().get(),
            credentials.sdkSecret().get(),
            meetingId,
            config.sdkSignatureTtl(),
            clock.instant());
    String name = (nullToEmpty(link.firstName()) + " " + nullToEmpty(link.lastName())).trim();
    return new SdkJoin(
        signed.jwt(),
        credentials.sdkKey().get(),
        meetingId,
        SdkSignature.ROLE_PARTICIPANT,
        link.customerKey(),
        JoinUrls.registrantToken(link.joinUrl()).orElse(null),
        link.email(),
        name.isEmpty() ? link.email() : name,
        signed.expiresAt());
  }

  private ProblemException sdkMissing(String tenant) {
    return new ProblemException(
        503,
        "Meeting SDK not configured",
        tenant.equals(tenants.defaultTenant().accountId())
            ? "set ROLLCALL_ZOOM_SDK_KEY and ROLLCALL_ZOOM_SDK_SECRET to issue SDK signatures"
            : "tenant "
                + tenant
                + " has no Meeting SDK credentials (zoom.sdk_key and"
                + " zoom.sdk_secret in the tenants file)");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
