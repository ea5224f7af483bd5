package io.rollcall.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The current state of one link Rollcall issued (topic {@code rollcall.links.v1}, compacted, key
 * {@link #linkId()}). Every message is the whole state of the link, so the latest message per key
 * is all a consumer needs; a registry can be rebuilt by reading the topic from the beginning.
 *
 * <p>A meeting's host is a link too ({@link LinkRole#HOST}, {@code link_id = host:<meeting id>}):
 * it carries the host's Zoom user id and the {@link MeetingInfo} Zoom applied, so consumers learn
 * each meeting's host and settings from this one topic.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param eventId unique per published state change; consumers dedupe on it
 * @param linkId stable id of the link, the Kafka key
 * @param status issued or revoked
 * @param role invitee or host of a meeting; attendee, panelist or host of a webinar
 * @param meetingId the Zoom meeting number, as a string
 * @param inviteeRef the caller's person id (for the host: the {@code host} value given when the
 *     meeting was scheduled)
 * @param registrantId Zoom registrant id (invitees); {@code null} for the host
 * @param customerKey Meeting SDK customer key issued with the link, ≤ 35 characters, or null
 * @param trackedToken the tracked-redirect token, when one was issued
 * @param email invitee's (or host's) email
 * @param firstName first name as registered
 * @param lastName last name as registered
 * @param zoomUserId the person's Zoom user id when known (always for the host)
 * @param meeting the meeting as scheduled; on host links, may be null on invitee links
 * @param occurredAt when this state was reached (issue or revocation time)
 * @param kind {@code webinar} for a webinar's links; absent (null) for a meeting's — read it with
 *     {@link #meetingKind()}. Added with webinars (optional).
 * @param tenant the Zoom account ({@code account_id}) the message belongs to: Rollcall's tenant.
 *     Absent (null) on messages written before tenants existed, which belong to the default tenant
 *     (docs/tenants.md). Added with tenants (optional).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LinkEvent(
    int schemaVersion,
    String eventId,
    String linkId,
    LinkStatus status,
    LinkRole role,
    String meetingId,
    String inviteeRef,
    String registrantId,
    String customerKey,
    String trackedToken,
    String email,
    String firstName,
    String lastName,
    String zoomUserId,
    MeetingInfo meeting,
    Instant occurredAt,
    MeetingKind kind,
    String tenant) {

  /** This message, stamped with {@code tenant}. */
  public LinkEvent withTenant(String tenant) {
    return new LinkEvent(
        schemaVersion,
        eventId,
        linkId,
        status,
        role,
        meetingId,
        inviteeRef,
        registrantId,
        customerKey,
        trackedToken,
        email,
        firstName,
        lastName,
        zoomUserId,
        meeting,
        occurredAt,
        kind,
        tenant);
  }

  public static final int SCHEMA_VERSION = 1;

  /** A meeting's link (no {@code kind} on the wire), as written before webinars existed. */
  public LinkEvent(
      int schemaVersion,
      String eventId,
      String linkId,
      LinkStatus status,
      LinkRole role,
      String meetingId,
      String inviteeRef,
      String registrantId,
      String customerKey,
      String trackedToken,
      String email,
      String firstName,
      String lastName,
      String zoomUserId,
      MeetingInfo meeting,
      Instant occurredAt) {
    this(
        schemaVersion,
        eventId,
        linkId,
        status,
        role,
        meetingId,
        inviteeRef,
        registrantId,
        customerKey,
        trackedToken,
        email,
        firstName,
        lastName,
        zoomUserId,
        meeting,
        occurredAt,
        null,
        null);
  }

  /** The link's meeting kind; absent means meeting. */
  public MeetingKind meetingKind() {
    return MeetingKind.orMeeting(kind);
  }

  public static String hostLinkId(String meetingId) {
    return "host:" + meetingId;
  }

  /** "First Last" as registered, or whichever part is present. */
  public String displayName() {
    String first = firstName == null ? "" : firstName.trim();
    String last = lastName == null ? "" : lastName.trim();
    return (first + " " + last).trim();
  }
}
