package io.rollcall.identity.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rollcall.events.EventJson;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What consumers were last told about each connection (resolution and revision). */
@ApplicationScoped
public class ConnectionStateRepository {
  private final Jdbc jdbc;

  public ConnectionStateRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  public Map<String, Revisions.Published> forInstance(String instanceUuid) {
    Map<String, Revisions.Published> result = new HashMap<>();
    jdbc.query(
            "SELECT connection_id, revision, resolution_json FROM connection_state"
                + " WHERE instance_uuid = ?",
            row ->
                Map.entry(
                    row.getString("connection_id"),
                    new Revisions.Published(
                        read(row.getString("resolution_json")), row.getInt("revision"))),
            instanceUuid)
        .forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** A connection's published state, to be stored. */
  public record Row(String instanceUuid, String meetingId, Revisions.Change change) {}

  public void save(String instanceUuid, String meetingId, Revisions.Change change) {
    saveAll(List.of(new Row(instanceUuid, meetingId, change)));
  }

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
    jdbc.update(
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
}
