package io.rollcall.identity.repository;

import io.rollcall.events.EventJson;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ZoomParticipant;
import io.rollcall.identity.domain.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;

/** Every participant event seen, per meeting instance: what an instance's state is rebuilt from. */
@ApplicationScoped
public class ObservationRepository {
  private final Jdbc jdbc;

  public ObservationRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  public void add(String instanceUuid, String meetingId, Observation o) {
    jdbc.update(
        "INSERT INTO observation (source_key, instance_uuid, meeting_id, connection_id, action,"
            + " occurred_at, participant_json) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (source_key) DO NOTHING",
        o.sourceKey(),
        instanceUuid,
        meetingId,
        o.connectionId(),
        o.action(),
        o.occurredAt(),
        new String(EventJson.encode(o.participant()), StandardCharsets.UTF_8));
  }

  public List<Observation> forInstance(String instanceUuid) {
    return jdbc.query(
        "SELECT * FROM observation WHERE instance_uuid = ?",
        row ->
            new Observation(
                row.getString("source_key"),
                row.getString("connection_id"),
                ParticipantAction.valueOf(row.getString("action")),
                Jdbc.instant(row, "occurred_at"),
                EventJson.decode(
                    row.getString("participant_json").getBytes(StandardCharsets.UTF_8),
                    ZoomParticipant.class)),
        instanceUuid);
  }
}
