package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.ConnectionKeys.present;

import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which connection a row of Zoom's participants report is. The report's {@code user_id} is the
 * per-join participant id its webhooks carry (ZOOM-FACTS §2.4 and §3.6: a new one on every (re)join
 * and every breakout room, one report row each), so a row with one is connection {@code
 * u:<user_id>}: the row and the webhooks of that join meet on one connection, and its session is
 * never counted twice.
 *
 * <p>A row without {@code user_id} is matched to a connection of the instance whose join carries
 * the same participant uuid, or else the same Zoom user id, and whose join time is within {@link
 * #JOIN_TOLERANCE} of the row's; failing that it is a connection of its own, keyed by who and when
 * it joined (never by its leave time, so that a later fetch in which Zoom changed the leave time
 * still finds the same connection).
 */
public final class ReportRows {
  /** Zoom's report and webhook times are whole seconds; a clock tick either way still matches. */
  static final Duration JOIN_TOLERANCE = Duration.ofSeconds(2);

  private ReportRows() {}

  /**
   * The connection id of {@code row} in {@code instance} (which is not changed).
   *
   * @throws NullPointerException when the row has no participant
   */
  public static String connectionId(ReportParticipant row, InstanceResolution instance) {
    ZoomParticipant p = Objects.requireNonNull(row.participant(), "row.participant");
    if (present(p.userId())) {
      return "u:" + p.userId();
    }
    return instance
        .connectionJoinedAs(p, row.joinTime(), JOIN_TOLERANCE)
        .orElseGet(() -> ownKey(p, row.joinTime()));
  }

  private static String ownKey(ZoomParticipant p, Instant joinTime) {
    String who =
        present(p.participantUuid())
            ? p.participantUuid()
            : present(p.zoomUserId())
                ? p.zoomUserId()
                : present(p.email()) ? p.email() : String.valueOf(p.userName());
    return "r:" + who + "@" + (joinTime == null ? "?" : joinTime.getEpochSecond());
  }

  /** Whether a connection's join event is the join a report row describes. */
  static boolean sameJoin(
      Observation join, ZoomParticipant row, Instant rowJoin, Duration tolerance) {
    if (join.action() != ParticipantAction.JOINED || join.occurredAt() == null || rowJoin == null) {
      return false;
    }
    ZoomParticipant p = join.participant();
    boolean samePerson =
        present(row.participantUuid())
            ? row.participantUuid().equals(p.participantUuid())
            : present(row.zoomUserId()) && row.zoomUserId().equals(p.zoomUserId());
    return samePerson
        && Duration.between(join.occurredAt(), rowJoin).abs().compareTo(tolerance) <= 0;
  }
}
