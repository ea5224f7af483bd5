package io.rollcall.simulator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.rollcall.simulator.rest.TestReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many Zoom accounts in one simulator: each token sees only its account's users and meetings, each
 * meeting's webhooks name its account and are signed with that account's secret token. The second
 * account comes from configuration ({@code %test.zoom-sim.accounts.second.*}); others are added
 * through {@code POST /sim/accounts}.
 */
@QuarkusTest
class MultiAccountTest {

  private static final String FIRST = "sim-account-0001";
  private static final String FIRST_SECRET = "sim-webhook-secret";
  private static final String SECOND = "sim-account-0002";
  private static final String SECOND_SECRET = "sim-webhook-secret-2";

  @BeforeEach
  void sendToReceiver() {
    Sim.sendWebhooksToTestReceiver();
    TestReceiver.clear();
  }

  @Test
  void aSecondAccountsTokenCannotSeeTheFirstAccountsMeetingAndViceVersa() {
    String first = ZoomClient.createRegistrationMeeting();
    String second = createMeeting(secondApi(), "host@second.test");

    secondApi().get("/v2/meetings/" + second).then().statusCode(200);
    ZoomClient.api().get("/v2/meetings/" + first).then().statusCode(200);
    notFound(secondApi().get("/v2/meetings/" + first), "Meeting does not exist: " + first + ".");
    notFound(
        ZoomClient.api().get("/v2/meetings/" + second), "Meeting does not exist: " + second + ".");
    notFound(secondApi().body(Map.of("topic", "x")).patch("/v2/meetings/" + first), null);
    notFound(secondApi().delete("/v2/meetings/" + first), null);
    notFound(
        secondApi()
            .body(Map.of("email", "a@b.test", "first_name", "A"))
            .post("/v2/meetings/" + first + "/registrants"),
        null);
    notFound(secondApi().get("/v2/meetings/" + first + "/registrants"), null);
    ZoomClient.api()
        .get("/v2/meetings/" + first)
        .then()
        .statusCode(200)
        .body("topic", equalTo("Test meeting"));
  }

  @Test
  void anotherAccountsWebinarIs3001OnEveryWebinarPath() {
    Object webinarId =
        secondApi()
            .body(Map.of("topic", "Second webinar", "settings", Map.of("approval_type", 0)))
            .post("/v2/users/host@second.test/webinars")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    secondApi().get("/v2/webinars/" + webinarId).then().statusCode(200);
    notFound(
        ZoomClient.api().get("/v2/webinars/" + webinarId),
        "Webinar does not exist: " + webinarId + ".");
    notFound(ZoomClient.api().get("/v2/webinars/" + webinarId + "/panelists"), null);
    notFound(ZoomClient.api().get("/v2/webinars/" + webinarId + "/registrants"), null);
    notFound(
        ZoomClient.api()
            .body(Map.of("panelists", List.of(Map.of("name", "P", "email", "p@acme.test"))))
            .post("/v2/webinars/" + webinarId + "/panelists"),
        null);
  }

  @Test
  void aHostLicensedInOneAccountIsAnUnknownUserToTheOther() {
    ZoomClient.createRegistrationMeeting(); // licenses host@acme.test in the first account
    String secondHost = "host-" + UUID.randomUUID() + "@second.test";
    createMeeting(secondApi(), secondHost);

    for (String path :
        List.of("/v2/users/host@acme.test", "/v2/users/host@acme.test/token?type=zak")) {
      secondApi()
          .get(path)
          .then()
          .statusCode(404)
          .body("code", equalTo(1001))
          .body("message", equalTo("User does not exist: host@acme.test."));
    }
    secondApi()
        .body(Map.of("topic", "stolen host"))
        .post("/v2/users/host@acme.test/meetings")
        .then()
        .statusCode(404)
        .body("code", equalTo(1001));
    ZoomClient.api()
        .get("/v2/users/" + secondHost)
        .then()
        .statusCode(404)
        .body("code", equalTo(1001));
    secondApi()
        .get("/v2/users/" + secondHost)
        .then()
        .statusCode(200)
        .body("account_id", equalTo(SECOND));
  }

  @Test
  void reportsAndPastMeetingsOfAnotherAccountAre3001ByNumberAndByUuid() {
    String second = createMeeting(secondApi(), "host@second.test");
    String uuid = "Acct2Instance" + UUID.randomUUID().toString().substring(0, 8) + "A==";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("uuid", uuid))
        .post("/sim/meetings/" + second + "/start")
        .then()
        .statusCode(200);
    Sim.join(second, Map.of("person", "host", "via", "start_url")).statusCode(200);
    Sim.join(second, Map.of("person", "g", "via", "guest", "user_name", "Guest")).statusCode(200);
    Sim.end(second).statusCode(200);
    String encodedUuid = uuid.replace("=", "%3D");

    for (String path :
        List.of(
            "/v2/report/meetings/" + second + "/participants",
            "/v2/report/meetings/" + encodedUuid + "/participants",
            "/v2/past_meetings/" + second + "/participants",
            "/v2/past_meetings/" + encodedUuid + "/participants")) {
      secondApi()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(200)
          .body("participants", hasSize(2));
      notFound(ZoomClient.api().urlEncodingEnabled(false).get(path), null);
    }
    secondApi().get("/v2/past_meetings/" + second + "/instances").then().statusCode(200);
    notFound(ZoomClient.api().get("/v2/past_meetings/" + second + "/instances"), null);
  }

  @Test
  void webhooksOfASecondAccountMeetingNameItAndVerifyOnlyWithItsSecret() throws Exception {
    String first = ZoomClient.createRegistrationMeeting();
    String second = createMeeting(secondApi(), "host@second.test");
    for (String meetingId : List.of(first, second)) {
      Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    }

    List<Received> secondEvents = TestReceiver.awaitCount(second, 2);
    List<Received> firstEvents = TestReceiver.awaitCount(first, 2);
    for (Received r : secondEvents) {
      assertThat(r.json().at("/payload/account_id").asText()).isEqualTo(SECOND);
      assertThat(r.signature())
          .isEqualTo(sign(SECOND_SECRET, r))
          .isNotEqualTo(sign(FIRST_SECRET, r));
    }
    for (Received r : firstEvents) {
      assertThat(r.json().at("/payload/account_id").asText()).isEqualTo(FIRST);
      assertThat(r.signature())
          .isEqualTo(sign(FIRST_SECRET, r))
          .isNotEqualTo(sign(SECOND_SECRET, r));
    }
  }

  @Test
  void anAccountAddedAtRunTimeGetsTokensMeetingsAndWebhooksSignedWithItsSecret() throws Exception {
    String id = "acct-" + UUID.randomUUID();
    addAccount(id, "client-" + id, "secret-" + id, "wh-" + id).statusCode(201);

    RequestSpecification api = api(id, "client-" + id, "secret-" + id);
    String meetingId = createMeeting(api, "host@" + id + ".test");
    Sim.join(meetingId, Map.of("person", "host", "via", "start_url")).statusCode(200);
    List<Received> got = TestReceiver.awaitCount(meetingId, 2);
    assertThat(got)
        .allSatisfy(r -> assertThat(r.json().at("/payload/account_id").asText()).isEqualTo(id));
    assertThat(got.get(0).signature()).isEqualTo(sign("wh-" + id, got.get(0)));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("webhook_secret", "wh-rotated-" + id))
        .put("/sim/accounts/" + id + "/webhook-secret")
        .then()
        .statusCode(204);
    Sim.end(meetingId).statusCode(200);
    Received ended =
        TestReceiver.awaitCount(meetingId, 4).stream()
            .filter(r -> r.event().equals("meeting.ended"))
            .findFirst()
            .orElseThrow();
    assertThat(ended.signature()).isEqualTo(sign("wh-rotated-" + id, ended));
  }

  @Test
  void addingAnAccountIsIdempotentAndConflictingCredentialsAre409() {
    String id = "acct-" + UUID.randomUUID();
    addAccount(id, "client-" + id, "secret-" + id, "wh-" + id)
        .statusCode(201)
        .body("account_id", equalTo(id));
    addAccount(id, "client-" + id, "secret-" + id, "wh-" + id).statusCode(200);
    addAccount(id, "client-" + id, "other-secret", "wh-" + id)
        .statusCode(409)
        .contentType("application/problem+json");
    addAccount(id, "client-" + id, "secret-" + id, "other-wh").statusCode(409);
    addAccount("acct-" + UUID.randomUUID(), "client-" + id, "s", "w").statusCode(409);
    addAccount(FIRST, "sim-client-id", "sim-client-secret", FIRST_SECRET).statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("account_id", "acct-incomplete"))
        .post("/sim/accounts")
        .then()
        .statusCode(400);

    String listed =
        given()
            .get("/sim/accounts")
            .then()
            .statusCode(200)
            .body("accounts.account_id", hasItems(FIRST, SECOND, id))
            .extract()
            .asString();
    assertThat(listed).doesNotContain("secret", "wh-", "client-");
    given()
        .get("/sim/accounts")
        .then()
        .body("accounts[0].account_id", equalTo(FIRST))
        .body("accounts[0].primary", equalTo(true));
  }

  @Test
  void oauthRefusesEveryWrongAccountAndCredentialsPair() {
    tokenRequest("sim-client-id-2", "sim-client-secret-2", FIRST)
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
    tokenRequest("sim-client-id", "sim-client-secret", SECOND)
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
    tokenRequest("sim-client-id-2", "sim-client-secret", SECOND)
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    tokenRequest("sim-client-id", "sim-client-secret-2", FIRST)
        .statusCode(401)
        .body("error", equalTo("invalid_client"));
    tokenRequest("sim-client-id-2", "sim-client-secret-2", "no-such-account")
        .statusCode(400)
        .body("error", equalTo("invalid_request"));
    tokenRequest("sim-client-id-2", "sim-client-secret-2", SECOND).statusCode(200);
  }

  @Test
  void aScenarioPlaysInTheAccountItNames() {
    String scenario =
        """
        name: second-account
        meeting: {host: lead@second.test, account_id: sim-account-0002, settings: {approval_type: 0}}
        people:
          ann: {email: ann@acme.test, first_name: Ann, last_name: Lee}
        steps:
          - {at: 0s, action: join, person: host}
          - {at: 1m, action: join, person: ann}
          - {at: 5m, action: end}
        """;
    String meetingId =
        given()
            .queryParam("speed", 0)
            .queryParam("wait", true)
            .body(scenario)
            .post("/sim/scenarios/play")
            .then()
            .statusCode(200)
            .body("status", equalTo("finished"))
            .extract()
            .path("meeting_id");

    assertThat(TestReceiver.awaitCount(meetingId, 6))
        .allSatisfy(r -> assertThat(r.json().at("/payload/account_id").asText()).isEqualTo(SECOND));
    secondApi().get("/v2/report/meetings/" + meetingId + "/participants").then().statusCode(200);
    notFound(ZoomClient.api().get("/v2/report/meetings/" + meetingId + "/participants"), null);
  }

  @Test
  void urlValidationCanBeSentWithAnAccountsSecret() {
    // The test receiver answers with the first account's secret: right for it, wrong for the
    // second.
    given().post("/sim/webhooks/validate").then().statusCode(200).body("valid", equalTo(true));
    given()
        .queryParam("account_id", SECOND)
        .post("/sim/webhooks/validate")
        .then()
        .statusCode(200)
        .body("account_id", equalTo(SECOND))
        .body("valid", equalTo(false));
    given()
        .queryParam("account_id", "no-such-account")
        .post("/sim/webhooks/validate")
        .then()
        .statusCode(404);
  }

  private static void notFound(io.restassured.response.Response response, String message) {
    ValidatableResponse then = response.then().statusCode(404).body("code", equalTo(3001));
    if (message != null) {
      then.body("message", equalTo(message));
    }
  }

  private static RequestSpecification secondApi() {
    return api(SECOND, "sim-client-id-2", "sim-client-secret-2");
  }

  private static RequestSpecification api(String accountId, String clientId, String secret) {
    String token =
        tokenRequest(clientId, secret, accountId).statusCode(200).extract().path("access_token");
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  private static ValidatableResponse tokenRequest(String clientId, String secret, String account) {
    return given()
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
        .queryParam("grant_type", "account_credentials")
        .queryParam("account_id", account)
        .post("/oauth/token")
        .then();
  }

  private static ValidatableResponse addAccount(
      String id, String clientId, String clientSecret, String webhookSecret) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "account_id", id,
                "client_id", clientId,
                "client_secret", clientSecret,
                "webhook_secret", webhookSecret))
        .post("/sim/accounts")
        .then();
  }

  private static String createMeeting(RequestSpecification api, String host) {
    Object id =
        api.body(
                Map.of("topic", "Other account", "type", 2, "settings", Map.of("approval_type", 0)))
            .post("/v2/users/" + host + "/meetings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return String.valueOf(id);
  }

  /** Zoom's algorithm over the raw body as received, independent of the production code. */
  private static String sign(String secret, Received r) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest =
        mac.doFinal(("v0:" + r.timestamp() + ":" + r.body()).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }
}
