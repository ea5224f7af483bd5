package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.entity.ConnectionEntity;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * Connections (table {@code connection}). The attendance API reads them as read-only entities with
 * their waiting-room marks (no snapshot kept, nothing flushed back). The projection locks, reads
 * and writes a batch's connections with one native statement each (the reason and figure are in
 * {@link ProcessedMessageRepository}); rows come back as detached read-only entities.
 */
@ApplicationScoped
public class ConnectionRepository
    implements PanacheRepositoryBase<ConnectionEntity, ConnectionEntity.Key> {
  /** Every connection of the instance with its waiting-room marks. */
  public List<ConnectionFacts> ofInstance(String instanceUuid) {
    List<ConnectionEntity> rows =
        find("instanceUuid", instanceUuid).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    return withMarks(
        rows,
        getEntityManager()
            .createQuery(
                "from WaitingMarkEntity m where m.instanceUuid = :i", WaitingMarkEntity.class)
            .setParameter("i", instanceUuid)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList());
  }

  /**
   * The connections that count for one attendee of the instance: key {@code ref:<ref>} (a resolved
   * person) or {@code chain:<chain key>} (an unresolved connection chain).
   */
  public List<ConnectionFacts> ofAttendee(String instanceUuid, String attendeeKey) {
    List<ConnectionEntity> rows =
        (attendeeKey.startsWith("ref:")
                ? find("instanceUuid = ?1 and ref = ?2", instanceUuid, attendeeKey.substring(4))
                : find(
                    "instanceUuid = ?1 and ref is null and chainKey = ?2",
                    instanceUuid,
                    attendeeKey.substring("chain:".length())))
            .withHint(HibernateHints.HINT_READ_ONLY, true)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    return withMarks(
        rows,
        getEntityManager()
            .createQuery(
                "from WaitingMarkEntity m where m.instanceUuid = :i and m.connectionId in :c",
                WaitingMarkEntity.class)
            .setParameter("i", instanceUuid)
            .setParameter("c", rows.stream().map(r -> r.connectionId).toList())
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList());
  }

  private static List<ConnectionFacts> withMarks(
      List<ConnectionEntity> rows, List<WaitingMarkEntity> markRows) {
    Map<String, List<WaitingMark>> marks = new HashMap<>();
    for (WaitingMarkEntity m : markRows) {
      marks.computeIfAbsent(m.connectionId, k -> new ArrayList<>()).add(m.toDomain());
    }
    return rows.stream()
        .map(r -> r.toDomain().facts(marks.getOrDefault(r.connectionId, List.of())))
        .toList();
  }

  /** One connection of one instance. */
  public record ConnectionKey(String instanceUuid, String connectionId) {}

  /**
   * The stored state of every connection a batch touches (created empty if new), locked for this
   * transaction in key order, in two statements (an insert of the missing ones from unnest()ed
   * arrays, then one locking read).
   */
  public Map<ConnectionKey, ConnectionState> lockConnections(Collection<ConnectionKey> keys) {
    if (keys.isEmpty()) {
      return new HashMap<>();
    }
    List<ConnectionKey> sorted =
        keys.stream()
            .distinct()
            .sorted(
                Comparator.comparing(ConnectionKey::instanceUuid)
                    .thenComparing(ConnectionKey::connectionId))
            .toList();
    String[] instances = sorted.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new);
    String[] ids = sorted.stream().map(ConnectionKey::connectionId).toArray(String[]::new);
    ConnectionState empty = ConnectionState.empty("");
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO connection (instance_uuid, connection_id, chain_key, name_from_join, method,"
            + " confidence, flags, revision)"
            + " SELECT i, c, c, false, ?, ?, '{}', ? FROM unnest(?::text[], ?::text[]) AS k(i, c)"
            + " ON CONFLICT DO NOTHING",
        method(empty.identity()),
        confidence(empty.identity()),
        empty.revision(),
        instances,
        ids);
    return byKey(
        NativeSql.entities(
            getEntityManager(),
            ConnectionEntity.class,
            "SELECT * FROM connection WHERE (instance_uuid, connection_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))"
                + " ORDER BY instance_uuid, connection_id FOR UPDATE",
            instances,
            ids));
  }

  private static Map<ConnectionKey, ConnectionState> byKey(List<ConnectionEntity> rows) {
    Map<ConnectionKey, ConnectionState> result = new HashMap<>();
    for (ConnectionEntity row : rows) {
      result.put(new ConnectionKey(row.instanceUuid, row.connectionId), row.toDomain());
    }
    return result;
  }

  /**
   * An attendee of one instance ({@code ref:…} or {@code chain:…}, as {@link
   * ConnectionState#attendeeKey()}).
   */
  public record AttendeeRef(String instanceUuid, String attendeeKey) {}

  /**
   * The stored connections of the attendees, in one statement (what {@link
   * ConnectionRepository#ofAttendee} reads for one attendee).
   */
  public Map<ConnectionKey, ConnectionState> attendeesConnections(
      Collection<AttendeeRef> attendees) {
    List<String> refInstances = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    List<String> chainInstances = new ArrayList<>();
    List<String> chains = new ArrayList<>();
    for (AttendeeRef a : attendees) {
      if (a.attendeeKey().startsWith("ref:")) {
        refInstances.add(a.instanceUuid());
        refs.add(a.attendeeKey().substring("ref:".length()));
      } else {
        chainInstances.add(a.instanceUuid());
        chains.add(a.attendeeKey().substring("chain:".length()));
      }
    }
    if (attendees.isEmpty()) {
      return new HashMap<>();
    }
    return byKey(
        NativeSql.entities(
            getEntityManager(),
            ConnectionEntity.class,
            "SELECT * FROM connection WHERE (instance_uuid, ref) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))"
                + " UNION ALL SELECT * FROM connection WHERE ref IS NULL"
                + " AND (instance_uuid, chain_key) IN (SELECT * FROM unnest(?::text[], ?::text[]))",
            refInstances.toArray(String[]::new),
            refs.toArray(String[]::new),
            chainInstances.toArray(String[]::new),
            chains.toArray(String[]::new)));
  }

  /**
   * Stores the connections' states (rows locked by {@link #lockConnections}) in one statement: an
   * {@code UPDATE … FROM unnest(…)} of one array per column (flags as comma-separated names).
   */
  public void saveConnections(Map<ConnectionKey, ConnectionState> states) {
    if (states.isEmpty()) {
      return;
    }
    int n = states.size();
    String[][] columns = new String[16][n];
    int row = 0;
    for (Map.Entry<ConnectionKey, ConnectionState> e : states.entrySet()) {
      ConnectionState state = e.getValue();
      Identity identity = state.identity();
      String[] values = {
        e.getKey().instanceUuid(),
        e.getKey().connectionId(),
        state.chainKey(),
        text(state.joinedAt()),
        text(state.leftAt()),
        state.leaveReason(),
        state.reportedName(),
        Boolean.toString(state.nameFromJoin()),
        identity.ref(),
        identity.role() == null ? null : identity.role().name(),
        identity.name(),
        identity.email(),
        method(identity).name(),
        confidence(identity).name(),
        state.flags().stream().map(Flag::name).sorted().collect(Collectors.joining(",")),
        Integer.toString(state.revision())
      };
      for (int c = 0; c < values.length; c++) {
        columns[c][row] = values[c];
      }
      row++;
    }
    String[] breakoutRooms =
        states.values().stream().map(ConnectionState::breakoutRoomUuid).toArray(String[]::new);
    String[] viaLinksOf =
        states.values().stream().map(s -> s.identity().viaLinkOf()).toArray(String[]::new);
    NativeSql.update(
        getEntityManager(),
        "UPDATE connection c SET chain_key = u.chain_key, joined_at = u.joined_at::timestamptz,"
            + " left_at = u.left_at::timestamptz, leave_reason = u.leave_reason,"
            + " reported_name = u.reported_name, name_from_join = u.name_from_join::boolean,"
            + " ref = u.ref, role = u.role, name = u.name, email = u.email, method = u.method,"
            + " confidence = u.confidence, flags = string_to_array(u.flags, ','),"
            + " revision = u.revision::integer, breakout_room_uuid = u.breakout_room_uuid,"
            + " via_link_of = u.via_link_of"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " AS u(instance_uuid, connection_id, chain_key, joined_at, left_at, leave_reason,"
            + " reported_name, name_from_join, ref, role, name, email, method, confidence, flags,"
            + " revision, breakout_room_uuid, via_link_of)"
            + " WHERE c.instance_uuid = u.instance_uuid AND c.connection_id = u.connection_id",
        columns[0],
        columns[1],
        columns[2],
        columns[3],
        columns[4],
        columns[5],
        columns[6],
        columns[7],
        columns[8],
        columns[9],
        columns[10],
        columns[11],
        columns[12],
        columns[13],
        columns[14],
        columns[15],
        breakoutRooms,
        viaLinksOf);
  }

  /** The stored method: {@code NONE} when the identity has none. */
  private static ResolutionMethod method(Identity identity) {
    return identity.method() == null ? ResolutionMethod.NONE : identity.method();
  }

  /** The stored confidence: the method's own when the identity has none. */
  private static Confidence confidence(Identity identity) {
    return identity.confidence() == null ? method(identity).confidence() : identity.confidence();
  }

  /** An instant as text PostgreSQL casts back to the same {@code timestamptz} (ISO-8601, UTC). */
  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
