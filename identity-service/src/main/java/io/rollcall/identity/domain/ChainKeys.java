package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.ZoomParticipant;
import java.util.ArrayList;
import java.util.List;

/**
 * What puts connections into one chain (one person's one attendance): every connection holds its
 * own key, and an event names the keys its connection shares with others. Connections sharing a key
 * are one chain; {@link Chains} and {@link ChainIndex} both group by these keys alone, so the
 * incremental grouping equals the oracle's.
 *
 * <ul>
 *   <li>a shared {@code participant_uuid}: a waiting-room entry and the admitted join, should Zoom
 *       give them different {@code user_id}s;
 *   <li>{@code parent_user_id} of a breakout-room event: the room's connection (a new {@code
 *       user_id}, ZOOM-FACTS §2.4) continues the main-session connection {@code "u:" +
 *       parent_user_id};
 *   <li>{@code bind_user_id} of {@code meeting.participant_bind}: the phone leg is the same person
 *       as the computer connection {@code "u:" + bind_user_id}.
 * </ul>
 */
final class ChainKeys {
  private ChainKeys() {}

  /** The key a connection holds for itself, which other connections' events may name. */
  static String own(String connectionId) {
    return "c:" + connectionId;
  }

  /** The keys this event's connection shares with other connections. */
  static List<String> of(ZoomParticipant p) {
    List<String> keys = new ArrayList<>(1);
    if (present(p.participantUuid())) {
      keys.add("p:" + p.participantUuid());
    }
    if (present(p.parentUserId())) {
      keys.add(own("u:" + p.parentUserId()));
    }
    if (present(p.bindUserId())) {
      keys.add(own("u:" + p.bindUserId()));
    }
    return keys;
  }
}
