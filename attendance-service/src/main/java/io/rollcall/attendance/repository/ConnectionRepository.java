package io.rollcall.attendance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.attendance.domain.ConnectionFacts;
import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.attendance.domain.WaitingMark;
import io.rollcall.attendance.repository.entity.ConnectionEntity;
import io.rollcall.attendance.repository.entity.WaitingMarkEntity;
import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

  /** Whether the instance has the connection (any event of it was applied). */
  public boolean exists(String instanceUuid, String connectionId) {
    return count("instanceUuid = ?1 and connectionId = ?2", instanceUuid, connectionId) > 0;
  }

  /** One connection of one instance. */
  public record ConnectionKey(String instanceUuid, String connectionId) {}

  /**
   * The stored state of every connection a batch touches (created empty if new, in its instance's
   * tenant: the instance must be stored), locked for this transaction in key order, in two
   * statements (an insert of the missing ones from unnest()ed arrays, then one locking read).
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
            + " confidence, flags, revision, tenant)"
            + " SELECT i, c, c, false, ?, ?, '{}', ?, m.tenant"
            + " FROM unnest(?::text[], ?::text[]) AS k(i, c)"
            + " JOIN meeting_instance m ON m.instance_uuid = k.i"
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
   * One stored column of a connection: its name, the expression that sets it from the unnest()ed
   * text array {@code u.<name>}, and its value as text.
   */
  private record Column(String name, String set, Function<ConnectionState, String> value) {
    static Column text(String name, Function<ConnectionState, String> value) {
      return new Column(name, "u." + name, value);
    }

    static Column cast(String name, String type, Function<ConnectionState, String> value) {
      return new Column(name, "u." + name + "::" + type, value);
    }
  }

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("chain_key", ConnectionState::chainKey),
          Column.cast("joined_at", "timestamptz", s -> text(s.joinedAt())),
          Column.cast("left_at", "timestamptz", s -> text(s.leftAt())),
          Column.text("leave_reason", ConnectionState::leaveReason),
          Column.text("reported_name", ConnectionState::reportedName),
          Column.cast("name_from_join", "boolean", s -> Boolean.toString(s.nameFromJoin())),
          Column.text("ref", s -> s.identity().ref()),
          Column.text("role", s -> s.identity().role() == null ? null : s.identity().role().name()),
          Column.text("name", s -> s.identity().name()),
          Column.text("email", s -> s.identity().email()),
          Column.text("method", s -> method(s.identity()).name()),
          Column.text("confidence", s -> confidence(s.identity()).name()),
          new Column(
              "flags",
              "string_to_array(u.flags, ',')",
              s -> s.flags().stream().map(Flag::name).sorted().collect(Collectors.joining(","))),
          Column.cast("revision", "integer", s -> Integer.toString(s.revision())),
          Column.text("breakout_room_uuid", ConnectionState::breakoutRoomUuid),
          Column.text("via_link_of", s -> s.identity().viaLinkOf()),
          Column.cast("report_joined_at", "timestamptz", s -> text(s.reportJoinedAt())),
          Column.cast("report_left_at", "timestamptz", s -> text(s.reportLeftAt())),
          Column.text("report_name", ConnectionState::reportName),
          Column.text("assigned_by", s -> assignment(s).map(Assignment::assignedBy).orElse(null)),
          Column.text("assignment_reason", s -> assignment(s).map(Assignment::reason).orElse(null)),
          Column.cast(
              "assigned_at",
              "timestamptz",
              s -> assignment(s).map(a -> text(a.assignedAt())).orElse(null)),
          Column.text("evidence_ref", s -> evidence(s).map(Identity::ref).orElse(null)),
          Column.text("evidence_method", s -> evidence(s).map(e -> method(e).name()).orElse(null)),
          Column.text(
              "evidence_confidence", s -> evidence(s).map(e -> confidence(e).name()).orElse(null)));

  private static final String SAVE =
      "UPDATE connection c SET "
          + COLUMNS.stream().map(c -> c.name() + " = " + c.set()).collect(Collectors.joining(", "))
          + " FROM unnest("
          + String.join(", ", Collections.nCopies(COLUMNS.size() + 2, "?::text[]"))
          + ") AS u(instance_uuid, connection_id, "
          + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "))
          + ") WHERE c.instance_uuid = u.instance_uuid AND c.connection_id = u.connection_id";

  /**
   * Stores the connections' states (rows locked by {@link #lockConnections}) in one statement: an
   * {@code UPDATE … FROM unnest(…)} of one text array per column ({@link #COLUMNS}; flags as
   * comma-separated names).
   */
  public void saveConnections(Map<ConnectionKey, ConnectionState> states) {
    if (states.isEmpty()) {
      return;
    }
    List<ConnectionKey> keys = List.copyOf(states.keySet());
    Object[] arrays = new Object[COLUMNS.size() + 2];
    arrays[0] = keys.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new);
    arrays[1] = keys.stream().map(ConnectionKey::connectionId).toArray(String[]::new);
    for (int c = 0; c < COLUMNS.size(); c++) {
      Function<ConnectionState, String> value = COLUMNS.get(c).value();
      arrays[c + 2] = keys.stream().map(k -> value.apply(states.get(k))).toArray(String[]::new);
    }
    NativeSql.update(getEntityManager(), SAVE, arrays);
  }

  private static Optional<Assignment> assignment(ConnectionState state) {
    return Optional.ofNullable(state.identity().assignment());
  }

  private static Optional<Identity> evidence(ConnectionState state) {
    return assignment(state).map(Assignment::evidence);
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
