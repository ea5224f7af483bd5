package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.LinkStatus;
import io.rollcall.meeting.domain.JoinUrls;
import io.rollcall.meeting.repository.LinkRepository;
import io.rollcall.outbox.OutboxRelay;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class InviteeRegistrationTest {
  @Inject ZoomExchanges metrics;
  @Inject OutboxRelay relay;
  @Inject LinkRepository links;

  @Test
  void hundredInviteesAreRegisteredInFourZoomBatchesOfAtMostThirty() throws Exception {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    long batchCalls = metrics.count("batch_registrants", "success");
    long singleCalls = metrics.count("add_registrant", "success");

    var answer = Api.register(meetingId, Api.invitees("b100", 100));

    assertThat(metrics.count("batch_registrants", "success") - batchCalls).isEqualTo(4);
    assertThat(metrics.count("add_registrant", "success") - singleCalls).isZero();
    assertThat(answer.getInt("failed")).isZero();
    List<String> outcomes = answer.getList("invitees.outcome");
    assertThat(outcomes).hasSize(100).containsOnly("issued");
    assertThat(new HashSet<>(answer.<String>getList("invitees.registrant_id"))).hasSize(100);
    assertThat(new HashSet<>(answer.<String>getList("invitees.customer_key"))).hasSize(100);
    assertThat(
            Api.zoomGet("/meetings/" + meetingId + "/registrants?page_size=300")
                .getInt("total_records"))
        .isEqualTo(100);
  }

  @Test
  void registeringTheSameRefAgainReturnsTheSameLinkWithoutCallingZoom() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var first = Api.register(meetingId, Api.invitees("idem", 3));
    long zoomCalls = zoomRegistrationCalls();

    var again = Api.register(meetingId, Api.invitees("idem", 3));

    assertThat(zoomRegistrationCalls()).isEqualTo(zoomCalls);
    assertThat(again.<String>getList("invitees.outcome")).containsOnly("existing");
    assertThat(again.<String>getList("invitees.link_id"))
        .isEqualTo(first.<String>getList("invitees.link_id"));
    assertThat(again.<String>getList("invitees.join_url"))
        .isEqualTo(first.<String>getList("invitees.join_url"));
  }

  @Test
  void aRefRegisteredForAnotherEmailFailsAndDoesNotHandOutThatPersonsLink() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var first = Api.register(meetingId, Api.invitees("taken", 1));
    long zoomCalls = zoomRegistrationCalls();

    var other =
        Api.register(
            meetingId,
            List.of(
                Map.of(
                    "ref", "taken-0",
                    "email", "someone.else@example.org",
                    "first_name", "Someone",
                    "last_name", "Else")));

    assertThat(zoomRegistrationCalls()).isEqualTo(zoomCalls);
    assertThat(other.getInt("failed")).isEqualTo(1);
    assertThat(other.getString("invitees[0].outcome")).isEqualTo("failed");
    assertThat(other.getString("invitees[0].error")).contains("another email");
    assertThat(other.<String>getList("invitees.join_url"))
        .doesNotContain(first.getString("invitees[0].join_url"));
  }

  @Test
  void concurrentRegistrationsOfOneRefEndWithOneLink() throws Exception {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var invitee = Api.invitees("race", 1);
    List<java.util.concurrent.CompletableFuture<String>> calls = new java.util.ArrayList<>();
    // Three, not more: Zoom allows 3 registrations of one registrant per meeting and day.
    for (int i = 0; i < 3; i++) {
      calls.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> Api.register(meetingId, invitee).getString("invitees[0].link_id")));
    }
    var linkIds = new HashSet<String>();
    for (var call : calls) {
      linkIds.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }

    assertThat(linkIds).hasSize(1);
    Api.authed()
        .get("/meetings/{id}/invitees", meetingId)
        .then()
        .body("invitees.size()", equalTo(1))
        .body("invitees[0].link_id", equalTo(linkIds.iterator().next()));
  }

  @Test
  void recurringMeetingRegistersInviteesOneCallEach() {
    String meetingId =
        Api.scheduleMeeting(
            Api.uniqueHost(), Map.of("type", 2, "repeat_interval", 1, "end_times", 3));
    long batchCalls = metrics.count("batch_registrants", "success");
    long singleCalls = metrics.count("add_registrant", "success");

    var answer = Api.register(meetingId, Api.invitees("rec", 3));

    assertThat(answer.<String>getList("invitees.outcome")).containsOnly("issued");
    assertThat(metrics.count("add_registrant", "success") - singleCalls).isEqualTo(3);
    assertThat(metrics.count("batch_registrants", "success") - batchCalls).isZero();
  }

  @Test
  void participantLinksNeverCarryHostCredentials() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var answer = Api.register(meetingId, Api.invitees("nohost", 5));

    for (String url : answer.<String>getList("invitees.join_url")) {
      assertThat(JoinUrls.carriesHostCredentials(url)).as(url).isFalse();
      assertThat(url).doesNotContainIgnoringCase("zak").contains("tk=");
    }
  }

  @Test
  void revokingALinkCancelsTheRegistrantInZoomAndPublishesTheRevocation() throws Exception {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var issued = Api.register(meetingId, Api.invitees("rev", 2));
    String registrantId = issued.getString("invitees[0].registrant_id");
    String linkId = issued.getString("invitees[0].link_id");

    Api.authed()
        .delete("/meetings/{id}/invitees/{ref}", meetingId, "rev-0")
        .then()
        .statusCode(200)
        .body("status", equalTo("revoked"));

    assertThat(
            Api.zoomGet("/meetings/" + meetingId + "/registrants/" + registrantId)
                .getString("status"))
        .isEqualTo("cancelled");
    Api.authed()
        .get("/meetings/{id}/invitees", meetingId)
        .then()
        .body("invitees.find { it.ref == 'rev-0' }.status", equalTo("revoked"))
        .body("invitees.find { it.ref == 'rev-1' }.status", equalTo("issued"));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              relay.relayOnce();
              var statuses =
                  LinkTopic.forMeeting(meetingId).stream()
                      .filter(r -> r.key().equals(linkId))
                      .map(r -> r.event().status())
                      .toList();
              assertThat(statuses).containsExactly(LinkStatus.ISSUED, LinkStatus.REVOKED);
            });
    assertThat(LinkTopic.forMeeting(meetingId))
        .extracting(r -> r.event().tenant())
        .containsOnly(ZoomSimulatorTestResource.ACCOUNT_ID);
    // Revoking again is harmless and asks nothing more of Zoom.
    long cancels = metrics.count("cancel_registrant", "success");
    Api.authed().delete("/meetings/{id}/invitees/{ref}", meetingId, "rev-0").then().statusCode(200);
    assertThat(metrics.count("cancel_registrant", "success")).isEqualTo(cancels);
  }

  @Test
  void trackedLinkRecordsTheClickAndRedirectsToTheZoomLink() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    var answer =
        Api.authed()
            .body(Map.of("invitees", Api.invitees("trk", 1), "tracked_links", true))
            .post("/meetings/{id}/invitees", meetingId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String trackedUrl = answer.getString("invitees[0].tracked_url");
    String token = trackedUrl.substring(trackedUrl.lastIndexOf('/') + 1);

    given()
        .redirects()
        .follow(false)
        .get("/l/{token}", token)
        .then()
        .statusCode(302)
        .header("Location", equalTo(answer.getString("invitees[0].join_url")));

    assertThat(links.clicks(answer.getString("invitees[0].link_id"))).isEqualTo(1);
    given().redirects().follow(false).get("/l/{token}", "x" + token).then().statusCode(404);
  }

  @Test
  void invalidInviteesAreA400ProblemAndNothingIsRegistered() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    long zoomCalls = zoomRegistrationCalls();
    Api.authed()
        .body(Map.of("invitees", List.of(Map.of("ref", "x", "email", "nope"))))
        .post("/meetings/{id}/invitees", meetingId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("invitees[0].email is not an email address"));
    assertThat(zoomRegistrationCalls()).isEqualTo(zoomCalls);
  }

  private long zoomRegistrationCalls() {
    long total = 0;
    for (String outcome : List.of("success", "client_error", "server_error", "rate_limited")) {
      total +=
          metrics.count("batch_registrants", outcome) + metrics.count("add_registrant", outcome);
    }
    return total;
  }
}
