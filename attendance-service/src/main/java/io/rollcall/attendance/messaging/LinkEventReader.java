package io.rollcall.attendance.messaging;

import io.rollcall.events.EventJson;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.MalformedEventException;

/**
 * Decodes a {@code rollcall.links.v1} message and checks what the invitee registry needs; anything
 * else is a {@link MalformedEventException} (the message is dead-lettered with that reason).
 */
public final class LinkEventReader {

  private LinkEventReader() {}

  /**
   * The link's state, or null for a tombstone of the compacted topic (nothing to register).
   *
   * @throws MalformedEventException when the bytes are not a usable {@link LinkEvent}
   */
  public static LinkEvent read(byte[] value) {
    if (value == null) {
      return null;
    }
    LinkEvent link = EventJson.decode(value, LinkEvent.class);
    require(link.eventId(), "event_id");
    require(link.linkId(), "link_id");
    require(link.meetingId(), "meeting_id");
    require(link.inviteeRef(), "invitee_ref");
    require(link.status(), "status");
    require(link.role(), "role");
    return link;
  }

  private static void require(Object value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new MalformedEventException("link event without " + field);
    }
  }
}
