package io.rollcall.attendance.domain;

import io.rollcall.events.LinkRole;
import java.util.List;

/**
 * The roles shown in a webinar's attendance. A resolved person keeps the role of the link that
 * resolved them (host, panelist, attendee). Someone unresolved in a webinar is an attendee: Zoom
 * lets people into a webinar as host, panelist (through a panelist link) or attendee, and Rollcall
 * knows every host and panelist link it issued ("Webinar roles", Zoom support). In a meeting an
 * unresolved connection keeps no role.
 */
public final class WebinarRoles {
  private WebinarRoles() {}

  /** {@code attendees} with their roles as a {@code instance} of this kind shows them. */
  public static List<Attendee> apply(MeetingInstance instance, List<Attendee> attendees) {
    if (!instance.webinar()) {
      return attendees;
    }
    return attendees.stream()
        .map(a -> a.role() == null ? a.withRole(LinkRole.ATTENDEE) : a)
        .toList();
  }
}
