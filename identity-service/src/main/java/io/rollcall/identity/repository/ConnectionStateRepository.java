package io.rollcall.identity.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.events.EventJson;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Revisions;
import io.rollcall.identity.repository.entity.ConnectionStateEntity;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What consumers were last told about each connection (table {@code connection_state}: resolution
 * and revision).
 */
@ApplicationScoped
public class ConnectionStateRepository
    implements PanacheRepositoryBase<ConnectionStateEntity, ConnectionStateEntity.Key> {

  /** The columns a rebuild needs, projected (never managed: see {@link LinkRepository}). */
  record Stored(String connectionId, int revision, String resolutionJson) {}

  /** The last published state of every connection of the instance, by connection id. */
  public Map<String, Revisions.Published> forInstance(String instanceUuid) {
    Map<String, Revisions.Published> result = new HashMap<>();
    find("instanceUuid", instanceUuid).project(Stored.class).stream()
        .forEach(
            row ->
                result.put(
                    row.connectionId(),
                    new Revisions.Published(read(row.resolutionJson()), row.revision())));
    return result;
  }

  /** A connection's published state, to be stored. */
  public record Row(String instanceUuid, String meetingId, Revisions.Change change) {}

  /**
   * Stores the states in one statement (hand-written for the same reason as {@link
   * ObservationRepository#addAll}). A connection may appear once only: the caller keeps the last
   * state of each.
   */
  public void saveAll(Collection<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    String[] instances = new String[n];
    String[] connections = new String[n];
    String[] meetings = new String[n];
    Integer[] revisions = new Integer[n];
    String[] resolutions = new String[n];
    int i = 0;
    for (Row row : rows) {
      instances[i] = row.instanceUuid();
      connections[i] = row.change().connectionId();
      meetings[i] = row.meetingId();
      revisions[i] = row.change().revision();
      resolutions[i] = write(row.change().resolution());
      i++;
    }
    NativeSql.update(
        getEntityManager(),
        "INSERT INTO connection_state (instance_uuid, connection_id, meeting_id, revision,"
            + " resolution_json)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[], ?::text[])"
            + " ON CONFLICT (instance_uuid, connection_id)"
            + " DO UPDATE SET revision = EXCLUDED.revision,"
            + " resolution_json = EXCLUDED.resolution_json",
        instances,
        connections,
        meetings,
        revisions,
        resolutions);
  }

  private static String write(Resolution resolution) {
    try {
      return EventJson.mapper().writeValueAsString(resolution);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a resolution", e);
    }
  }

  private static Resolution read(String json) {
    try {
      return EventJson.mapper().readValue(json, Resolution.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored resolution unreadable", e);
    }
  }

  /**
   * One connection of one instance, with the ref and the link owner ({@code via_link_of}) of its
   * published resolution (null when unresolved, not through someone else's link, or unpublished).
   */
  public record ConnectionRef(
      String instanceUuid,
      String meetingId,
      String connectionId,
      String resolvedRef,
      String viaLinkOf) {}

  /**
   * The tenant's connections whose published resolution names {@code ref} anywhere: resolved to the
   * person, through their link ({@code via_link_of}), or in a manual assignment's evidence.
   *
   * <p>SQL: a JSON path over every stored resolution of the tenant's instances (no index: an
   * erasure is rare, and missing a connection would keep the person's data).
   */
  public List<ConnectionRef> naming(String tenant, String ref) {
    return NativeSql.<Object[]>query(
            getEntityManager(),
            "SELECT c.instance_uuid, c.meeting_id, c.connection_id,"
                + " c.resolution_json::jsonb -> 'identity' ->> 'ref',"
                + " c.resolution_json::jsonb -> 'identity' ->> 'via_link_of'"
                + " FROM connection_state c"
                + " JOIN instance_version v ON v.instance_uuid = c.instance_uuid"
                + " WHERE v.tenant = ? AND jsonb_path_exists(c.resolution_json::jsonb,"
                + " CAST(? AS jsonpath), jsonb_build_object('r', CAST(? AS text)))",
            tenant,
            "$.** ? (@.ref == $r || @.via_link_of == $r)",
            ref)
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
}
