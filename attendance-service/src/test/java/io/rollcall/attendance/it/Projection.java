package io.rollcall.attendance.it;

import static io.restassured.RestAssured.given;

import io.rollcall.events.ParticipantMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/** Waits for the service to apply messages and reads its API. */
final class Projection {

  static final String API_KEY = "test-key-1";

  private Projection() {}

  /** Waits until every message's id is recorded as applied. */
  static void awaitApplied(DataSource dataSource, List<ParticipantMessage> messages) {
    String[] ids =
        messages.stream().map(ParticipantMessage::eventId).distinct().toArray(String[]::new);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> applied(dataSource, ids) == ids.length);
  }

  private static int applied(DataSource dataSource, String[] ids) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT count(*) FROM processed_message WHERE event_id = ANY (?)")) {
      statement.setArray(1, db.createArrayOf("text", ids));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** The attendance JSON of the meeting's latest instance. */
  static String attendanceJson(String meetingId) {
    return given()
        .auth()
        .oauth2(API_KEY)
        .get("/meetings/{id}/attendance", meetingId)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
