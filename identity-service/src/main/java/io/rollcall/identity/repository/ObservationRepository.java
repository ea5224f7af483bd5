package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.identity.domain.Observation;
import io.rollcall.identity.repository.ConnectionStateRepository.ConnectionRef;
import io.rollcall.identity.repository.entity.ObservationEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Every participant event seen, per meeting instance (table {@code observation}): what an
 * instance's state is rebuilt from.
 */
@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<ObservationEntity, String> {

  /** The columns a rebuild needs, projected (never managed: see {@link LinkRepository}). */
  record Stored(
      String sourceKey,
      String connectionId,
      ParticipantAction action,
      Instant occurredAt,
      String participantJson) {
    Observation toDomain() {
      return new Observation(
          sourceKey,
          connectionId,
          action,
          occurredAt,
          EventJson.decode(
              participantJson.getBytes(StandardCharsets.UTF_8), ZoomParticipant.class));
    }
  }

  /** An observation of one meeting instance, to be stored. */
  public record Row(String instanceUuid, String meetingId, Observation observation) {}

  /**
   * Stores the observations in one statement (hand-written: one INSERT of unnest()ed arrays per
   * batch instead of one round trip per event; identity-service made about six round trips per
   * event at 100 concurrent meetings, and its batches took 4–8 ms per event at 250 events/s).
   */
  public void addAll(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    String[] keys = new String[n];
    String[] instances = new String[n];
    String[] meetings = new String[n];
    String[] connections = new String[n];
    String[] actions = new String[n];
    String[] times = new String[n];
    String[] participants = new String[n];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      Observation o = row.observation();
      keys[i] = o.sourceKey();
      instances[i] = row.instanceUuid();
      meetings[i] = row.meetingId();
      connections[i] = o.connectionId();
      actions[i] = o.action().name();
      times[i] = o.occurredAt() == null ? null : o.occurredAt().toString();
      participants[i] = new String(EventJson.encode(o.participant()), StandardCharsets.UTF_8);
    }
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO observation (source_key, instance_uuid, meeting_id, connection_id, action,"
            + " occurred_at, participant_json)"
            + " SELECT k, u, m, c, a, t::timestamptz, p"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]) AS r(k, u, m, c, a, t, p)"
            + " ON CONFLICT (source_key) DO NOTHING",
        keys,
        instances,
        meetings,
        connections,
        actions,
        times,
        participants);
  }

  /** Every observation of the instance, in no particular order. */
  public List<Observation> forInstance(String instanceUuid) {
    return find("instanceUuid", instanceUuid).project(Stored.class).stream()
        .map(Stored::toDomain)
        .toList();
  }

  /**
   * The tenant's connections, in these meetings, with an event that carries one of these registrant
   * ids or customer keys (an erased person's links named them).
   */
  public List<ConnectionRef> carrying(
      String tenant,
      Collection<String> meetingIds,
      Collection<String> registrantIds,
      Collection<String> customerKeys) {
    if (meetingIds.isEmpty() || (registrantIds.isEmpty() && customerKeys.isEmpty())) {
      return List.of();
    }
    return NativeSql.<Object[]>query(
            getEntityManager(),
            "SELECT DISTINCT o.instance_uuid, o.meeting_id, o.connection_id,"
                + " c.resolution_json::jsonb -> 'identity' ->> 'ref',"
                + " c.resolution_json::jsonb -> 'identity' ->> 'via_link_of'"
                + " FROM observation o"
                + " JOIN instance_version v ON v.instance_uuid = o.instance_uuid"
                + " LEFT JOIN connection_state c ON c.instance_uuid = o.instance_uuid"
                + " AND c.connection_id = o.connection_id"
                + " WHERE v.tenant = ? AND o.meeting_id = ANY(?::text[])"
                + " AND (o.participant_json::jsonb ->> 'registrant_id' = ANY(?::text[])"
                + " OR o.participant_json::jsonb ->> 'customer_key' = ANY(?::text[]))",
            tenant,
            meetingIds.toArray(new String[0]),
            registrantIds.toArray(new String[0]),
            customerKeys.toArray(new String[0]))
        .stream()
        .map(
            row ->
                new ConnectionRef(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  /**
   * Removes {@code fields} of Zoom's participant (as stored, snake case, e.g. {@link
   * #PERSONAL_FIELDS}) from every event of these connections; the ids of the connection and its
   * timing stay.
   *
   * @return the observations changed
   */
  public int emptyFields(Collection<ConnectionRef> connections, List<String> fields) {
    if (connections.isEmpty()) {
      return 0;
    }
    String[] instances =
        connections.stream().map(ConnectionRef::instanceUuid).toArray(String[]::new);
    String[] ids = connections.stream().map(ConnectionRef::connectionId).toArray(String[]::new);
    return NativeSql.update(
        getEntityManager(),
        "UPDATE observation o SET participant_json = (o.participant_json::jsonb - ?::text[])::text"
            + " FROM unnest(?::text[], ?::text[]) AS c(u, id)"
            + " WHERE o.instance_uuid = c.u AND o.connection_id = c.id",
        fields.toArray(new String[0]),
        instances,
        ids);
  }

  /**
   * The fields of Zoom's participant (as stored, snake case) that describe the person: those {@link
   * io.rollcall.identity.domain.PersonalData#strip} empties.
   */
  public static final List<String> PERSONAL_FIELDS =
      List.of("user_name", "email", "phone_number", "registrant_id", "customer_key");

  /** The fields that copy ids of a person's link (another person may have used the link). */
  public static final List<String> LINK_FIELDS = List.of("registrant_id", "customer_key");
}
