package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import io.rollcall.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class TokenIssuanceTest {
  private static final String SDK_SECRET = "test-sdk-secret-0123456789abcdef0123456789abcdef";

  @Test
  void hostLinkGivesTheHostAFreshZakAndStartUrlThatAreNeitherStoredNorLogged() throws Exception {
    String host = Api.uniqueHost();
    String meetingId = Api.scheduleMeeting(host);
    List<String> logged = new ArrayList<>();
    Handler capture = capturing(logged);
    Logger.getLogger("").addHandler(capture);
    try {
      var link =
          Api.authed()
              .body(Map.of("host", host))
              .post("/meetings/{id}/host-link", meetingId)
              .then()
              .statusCode(200)
              .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
              .body("zak", notNullValue())
              .body("start_url", notNullValue())
              .extract()
              .jsonPath();
      String zak = link.getString("zak");

      assertThat(logged).noneMatch(line -> line.contains(zak));
      assertThat(logged).noneMatch(line -> line.contains(ZoomSimulatorTestResource.CLIENT_SECRET));
      assertThat(databaseText()).doesNotContain(zak);
      assertThat(databaseText()).doesNotContain(link.getString("start_url"));
    } finally {
      Logger.getLogger("").removeHandler(capture);
    }
  }

  @Test
  void hostLinkIsRefusedForAnyoneButTheMeetingsHost() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    Api.authed()
        .body(Map.of("host", "someone.else@example.edu"))
        .post("/meetings/{id}/host-link", meetingId)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.authed().body("{}").post("/meetings/{id}/host-link", meetingId).then().statusCode(400);
  }

  @Test
  void sdkSignatureIsAParticipantJwtWithTheInviteesCustomerKeyAndRegistrantToken() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var invitee = Api.register(meetingId, Api.invitees("sdk", 1));

    var sdk =
        Api.authed()
            .post("/meetings/{id}/invitees/{ref}/sdk-signature", meetingId, "sdk-0")
            .then()
            .statusCode(200)
            .body("role", equalTo(0))
            .body("meeting_number", equalTo(meetingId))
            .body("customer_key", equalTo(invitee.getString("invitees[0].customer_key")))
            .extract()
            .jsonPath();

    assertThat(sdk.getString("tk"))
        .isNotBlank()
        .isEqualTo(
            JoinUrls.registrantToken(invitee.getString("invitees[0].join_url")).orElseThrow());
    assertThat(sdk.getString("customer_key")).hasSizeLessThanOrEqualTo(35);
    Claims claims =
        Jwts.parser()
            .verifyWith(Keys.hmacShaKeyFor(SDK_SECRET.getBytes(StandardCharsets.UTF_8)))
            .build()
            .parseSignedClaims(sdk.getString("signature"))
            .getPayload();
    assertThat(claims.get("role", Integer.class)).isZero();
    assertThat(claims.get("mn")).isEqualTo(meetingId);
    assertThat(claims.get("appKey")).isEqualTo("test-sdk-key");
    long lifetime = claims.getExpiration().getTime() / 1000 - claims.getIssuedAt().getTime() / 1000;
    assertThat(lifetime).isBetween(1800L, 172800L);
  }

  @Test
  void revokedInviteeGetsNoSdkSignature() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    Api.register(meetingId, Api.invitees("gone", 1));
    Api.authed()
        .delete("/meetings/{id}/invitees/{ref}", meetingId, "gone-0")
        .then()
        .statusCode(200);
    Api.authed()
        .post("/meetings/{id}/invitees/{ref}/sdk-signature", meetingId, "gone-0")
        .then()
        .statusCode(410);
  }

  private static Handler capturing(List<String> lines) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(
            String.valueOf(record.getMessage())
                + " "
                + java.util.Arrays.toString(record.getParameters()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** Every text value of every table, to prove a secret is in none of them. */
  private static String databaseText() throws Exception {
    StringBuilder all = new StringBuilder();
    try (var c = TestPostgres.database().connect();
        var s = c.createStatement()) {
      for (String table : List.of("meeting", "link", "host_link_issue", "link_click")) {
        try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            for (int i = 1; i <= columns; i++) {
              all.append(r.getString(i)).append('\n');
            }
          }
        }
      }
      try (ResultSet r = s.executeQuery("SELECT payload FROM outbox")) {
        while (r.next()) {
          all.append(r.getString(1)).append('\n');
        }
      }
    }
    return all.toString();
  }
}
