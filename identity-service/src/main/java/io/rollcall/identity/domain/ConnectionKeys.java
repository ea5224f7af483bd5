package io.rollcall.identity.domain;

import io.rollcall.events.ZoomParticipant;

/**
 * Connection ids. Zoom issues a new {@code user_id} on every (re)join, so a connection is one
 * {@code user_id} of one instance: {@code "u:" + user_id}; without one, the {@code
 * participant_uuid}; the join-before-host events carry neither and are keyed by the Zoom user id or
 * the display name.
 */
public final class ConnectionKeys {
  private ConnectionKeys() {}

  /** The connection id of an event, or null when the event carries nothing to key it by. */
  public static String of(ZoomParticipant p) {
    if (present(p.userId())) {
      return "u:" + p.userId();
    }
    if (present(p.participantUuid())) {
      return "p:" + p.participantUuid();
    }
    if (present(p.zoomUserId())) {
      return "j:" + p.zoomUserId();
    }
    if (present(p.userName())) {
      return "n:" + Names.normalise(p.userName());
    }
    return null;
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
