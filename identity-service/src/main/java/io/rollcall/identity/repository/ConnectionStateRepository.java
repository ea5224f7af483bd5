package io.rollcall.identity.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rollcall.events.EventJson;
import io.rollcall.identity.domain.Resolution;
import io.rollcall.identity.domain.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
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

  public void save(String instanceUuid, String meetingId, Revisions.Change change) {
    jdbc.update(
        "INSERT INTO connection_state (instance_uuid, connection_id, meeting_id, revision,"
            + " resolution_json) VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_uuid, connection_id)"
            + " DO UPDATE SET revision = EXCLUDED.revision,"
            + " resolution_json = EXCLUDED.resolution_json",
        instanceUuid,
        change.connectionId(),
        meetingId,
        change.revision(),
        write(change.resolution()));
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
