package io.rollcall.attendance.repository;

import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erased people and their connections (tables {@code erased_person}, {@code erased_connection},
 * Flyway V9), and the statements that take a person out of the projection, the invitee registry and
 * the outbox. SQL throughout, for the reason {@link ProcessedMessageRepository} gives, and because
 * most statements change many rows of other tables at once.
 */
@ApplicationScoped
public class ErasureRepository {

  /** The advisory lock between erasures (exclusive) and projection batches (shared). */
  private static final long LOCK = 0x526f6c6c45726173L; // "RollEras"

  /** What an erasure decided for a person or a connection. */
  public record Marker(String erasureId, boolean keepAnonymousTotals) {}

  private final EntityManager em;

  public ErasureRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * Takes the erasure lock shared for this transaction: a batch of the projection then sees every
   * erasure committed before it, and no erasure commits while it writes.
   */
  public void lockShared() {
    NativeSql.query(em, "SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(?)) l", LOCK);
  }

  /** Takes the erasure lock exclusively for this transaction (an erasure). */
  public void lockExclusive() {
    NativeSql.query(em, "SELECT 1 FROM (SELECT pg_advisory_xact_lock(?)) l", LOCK);
  }

  /** The erased people among {@code refHashes}, by hash. */
  public Map<String, Marker> persons(Collection<String> refHashes) {
    Map<String, Marker> found = new HashMap<>();
    if (refHashes.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        NativeSql.query(
            em,
            "SELECT ref_hash, erasure_id, keep_anonymous_totals FROM erased_person"
                + " WHERE ref_hash = ANY (?::text[])",
            (Object) refHashes.toArray(String[]::new));
    rows.forEach(r -> found.put((String) r[0], new Marker((String) r[1], (Boolean) r[2])));
    return found;
  }

  /** The erasure id recorded for the person, if erased. */
  public Optional<String> erasureOf(String refHash) {
    Marker marker = persons(List.of(refHash)).get(refHash);
    return Optional.ofNullable(marker).map(Marker::erasureId);
  }

  /** Records the person as erased (a later erasure of the same person replaces the marker). */
  public void markPerson(String refHash, String tenant, Marker marker) {
    NativeSql.update(
        em,
        """
        INSERT INTO erased_person (ref_hash, tenant, erasure_id, keep_anonymous_totals)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (ref_hash) DO UPDATE
           SET erasure_id = EXCLUDED.erasure_id,
               keep_anonymous_totals = EXCLUDED.keep_anonymous_totals, erased_at = now()
        """,
        refHash,
        tenant,
        marker.erasureId(),
        marker.keepAnonymousTotals());
  }

  /** The erased connections among {@code keys}. */
  public Map<ConnectionKey, Marker> connections(Collection<ConnectionKey> keys) {
    Map<ConnectionKey, Marker> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        NativeSql.query(
            em,
            "SELECT instance_uuid, connection_id, erasure_id, keep_anonymous_totals"
                + " FROM erased_connection WHERE (instance_uuid, connection_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))",
            keys.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new),
            keys.stream().map(ConnectionKey::connectionId).toArray(String[]::new));
    rows.forEach(
        r ->
            found.put(
                new ConnectionKey((String) r[0], (String) r[1]),
                new Marker((String) r[2], (Boolean) r[3])));
    return found;
  }

  /** Records the connections as an erased person's, in one statement. */
  public void markConnections(String tenant, Map<ConnectionKey, Marker> connections) {
    if (connections.isEmpty()) {
      return;
    }
    List<ConnectionKey> keys = List.copyOf(connections.keySet());
    NativeSql.update(
        em,
        """
        INSERT INTO erased_connection
               (instance_uuid, connection_id, tenant, erasure_id, keep_anonymous_totals)
        SELECT i, c, ?, e, k::boolean FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
            AS u(i, c, e, k)
        ON CONFLICT (instance_uuid, connection_id) DO UPDATE
           SET erasure_id = EXCLUDED.erasure_id,
               keep_anonymous_totals = EXCLUDED.keep_anonymous_totals
        """,
        tenant,
        keys.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new),
        keys.stream().map(ConnectionKey::connectionId).toArray(String[]::new),
        keys.stream().map(k -> connections.get(k).erasureId()).toArray(String[]::new),
        keys.stream()
            .map(k -> Boolean.toString(connections.get(k).keepAnonymousTotals()))
            .toArray(String[]::new));
  }

  /** The tenant's connections resolved to {@code ref}. */
  public List<ConnectionKey> connectionsOf(String tenant, String ref) {
    List<Object[]> rows =
        NativeSql.query(
            em,
            "SELECT instance_uuid, connection_id FROM connection WHERE tenant = ? AND ref = ?",
            tenant,
            ref);
    List<ConnectionKey> keys = new ArrayList<>();
    rows.forEach(r -> keys.add(new ConnectionKey((String) r[0], (String) r[1])));
    return keys;
  }

  /**
   * Empties every personal column of the connections (the leave reason too: Zoom's text may name
   * the person) and puts each in its erasure's anonymous chain; times, rooms, flags and waiting
   * marks stay.
   *
   * @return how many rows changed
   */
  public int anonymize(Map<ConnectionKey, String> erasureIdByConnection) {
    if (erasureIdByConnection.isEmpty()) {
      return 0;
    }
    List<ConnectionKey> keys = List.copyOf(erasureIdByConnection.keySet());
    return NativeSql.update(
        em,
        """
        UPDATE connection c
           SET chain_key = 'erased:' || u.e, ref = NULL, role = NULL, name = NULL, email = NULL,
               reported_name = NULL, report_name = NULL, leave_reason = NULL,
               method = 'NONE', confidence = 'NONE',
               via_link_of = NULL, assigned_by = NULL, assignment_reason = NULL,
               assigned_at = NULL, evidence_ref = NULL, evidence_method = NULL,
               evidence_confidence = NULL
          FROM unnest(?::text[], ?::text[], ?::text[]) AS u(i, c, e)
         WHERE c.instance_uuid = u.i AND c.connection_id = u.c
        """,
        keys.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new),
        keys.stream().map(ConnectionKey::connectionId).toArray(String[]::new),
        keys.stream().map(erasureIdByConnection::get).toArray(String[]::new));
  }

  /**
   * Deletes the connections and their waiting marks.
   *
   * @return how many rows of each: {@code connections}, {@code waiting_marks}
   */
  public Map<String, Integer> delete(Collection<ConnectionKey> keys) {
    if (keys.isEmpty()) {
      return Map.of("connections", 0, "waiting_marks", 0);
    }
    String[] instances = keys.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new);
    String[] ids = keys.stream().map(ConnectionKey::connectionId).toArray(String[]::new);
    int marks =
        NativeSql.update(
            em,
            "DELETE FROM waiting_mark WHERE (instance_uuid, connection_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))",
            instances,
            ids);
    int connections =
        NativeSql.update(
            em,
            "DELETE FROM connection WHERE (instance_uuid, connection_id) IN"
                + " (SELECT * FROM unnest(?::text[], ?::text[]))",
            instances,
            ids);
    return Map.of("connections", connections, "waiting_marks", marks);
  }

  /**
   * Forgets {@code ref} where other people's connections name it: as the owner of a link they used
   * ({@code via_link_of}) and as the evidence an operator's assignment overrode.
   *
   * @return how many rows changed
   */
  public int forgetMentions(String tenant, String ref) {
    return NativeSql.update(
            em,
            "UPDATE connection SET via_link_of = NULL WHERE tenant = ? AND via_link_of = ?",
            tenant,
            ref)
        + NativeSql.update(
            em,
            "UPDATE connection SET evidence_ref = NULL, evidence_method = 'NONE',"
                + " evidence_confidence = 'NONE' WHERE tenant = ? AND evidence_ref = ?",
            tenant,
            ref);
  }

  /**
   * Deletes the tenant's links of {@code ref}, and the links named by id.
   *
   * @return how many
   */
  public int deleteLinks(String tenant, String ref, List<String> linkIds) {
    return NativeSql.update(
        em,
        "DELETE FROM invitee_link WHERE tenant = ? AND (ref = ? OR link_id = ANY (?::text[]))",
        tenant,
        ref,
        linkIds.toArray(String[]::new));
  }

  /**
   * Deletes the outbox rows of {@code topics} (published or not) of the tenant (a payload without a
   * tenant is {@code defaultTenant}'s) whose payload names {@code ref} (null: none) or is about one
   * of the {@code connections} (its {@code instance_uuid} and {@code connection_id}): attendance
   * changes and operators' assignments of the person, including those published while a connection
   * of theirs was unresolved and showed the name Zoom reported.
   *
   * @return how many
   */
  public int deleteOutboxMessages(
      String tenant,
      String defaultTenant,
      String ref,
      Collection<ConnectionKey> connections,
      List<String> topics) {
    return NativeSql.update(
        em,
        """
        DELETE FROM outbox
         WHERE topic = ANY (?::text[])
           AND COALESCE(payload::jsonb ->> 'tenant', ?) = ?
           AND (payload::jsonb ->> 'ref' = ?
                OR (payload::jsonb ->> 'instance_uuid', payload::jsonb ->> 'connection_id')
                   IN (SELECT * FROM unnest(?::text[], ?::text[])))
        """,
        topics.toArray(String[]::new),
        defaultTenant,
        tenant,
        ref == null ? "" : ref,
        connections.stream().map(ConnectionKey::instanceUuid).toArray(String[]::new),
        connections.stream().map(ConnectionKey::connectionId).toArray(String[]::new));
  }
}
