package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two tenants: the default one (the simulator's Zoom account, key {@code test-key-2}) and {@link
 * ZoomSimulatorTestResource#TENANT_B} from the tenants file, which has no Server-to-Server OAuth
 * credentials. Nothing of one tenant is visible through the other's keys: another tenant's meeting
 * answers 404 exactly like an unknown one.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class TenancyTest {

  private static RequestSpecification as(String key) {
    return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
  }

  private static RequestSpecification tenantB() {
    return as(ZoomSimulatorTestResource.B_ADMIN_KEY);
  }

  @Test
  void anotherTenantsMeeting_isNotFound_likeAnUnknownOne_onEveryEndpoint() {
    String host = Api.uniqueHost();
    String meetingId = Api.scheduleMeeting(host);
    Api.register(meetingId, Api.invitees("tenancy", 1));

    tenantB().get("/meetings/{id}", meetingId).then().statusCode(404);
    tenantB().get("/meetings/{id}", "999000111").then().statusCode(404);
    tenantB().get("/meetings/{id}/invitees", meetingId).then().statusCode(404);
    tenantB().get("/meetings/{id}/invitees/{ref}", meetingId, "tenancy-0").then().statusCode(404);
    tenantB()
        .body(Map.of("invitees", Api.invitees("intruder", 1)))
        .post("/meetings/{id}/invitees", meetingId)
        .then()
        .statusCode(404);
    tenantB()
        .delete("/meetings/{id}/invitees/{ref}", meetingId, "tenancy-0")
        .then()
        .statusCode(404);
    tenantB()
        .post("/meetings/{id}/invitees/{ref}/sdk-signature", meetingId, "tenancy-0")
        .then()
        .statusCode(404);
    tenantB()
        .body(Map.of("host", host))
        .post("/meetings/{id}/host-link", meetingId)
        .then()
        .statusCode(404);
    tenantB()
        .post("/meetings/{id}/instances/{uuid}/reconcile", meetingId, "abc%3D%3D")
        .then()
        .statusCode(404);
    tenantB().get("/webinars/{id}/attendees", meetingId).then().statusCode(404);
    tenantB().delete("/people/{ref}", "tenancy-0").then().statusCode(404);

    // The owner still sees everything, unchanged.
    Api.authed()
        .get("/meetings/{id}/invitees/{ref}", meetingId, "tenancy-0")
        .then()
        .statusCode(200)
        .body("status", equalTo("issued"));
  }

  @Test
  void aTenantWithoutServerToServerCredentials_getsAClear503_whenZoomIsNeeded() {
    tenantB()
        .body(
            Map.of(
                "host",
                Api.uniqueHost(),
                "topic",
                "Tenant B seminar",
                "start_time",
                "2026-12-14T15:00:00Z",
                "duration",
                60))
        .post("/meetings")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", containsString(ZoomSimulatorTestResource.TENANT_B))
        .body("detail", containsString("Server-to-Server OAuth credentials"));
  }

  @Test
  void hostLink_needsTheHostLinksScope_notJustMeetingsWrite() {
    String host = Api.uniqueHost();
    String meetingId = Api.scheduleMeeting(host);

    // meetings:write only: the method's @RolesAllowed(host-links) replaces the class's scope.
    as(ZoomSimulatorTestResource.B_WRITER_KEY)
        .body(Map.of("host", host))
        .post("/meetings/{id}/host-link", meetingId)
        .then()
        .statusCode(403);
    // The same key may use what meetings:write allows (its own tenant's meetings only).
    as(ZoomSimulatorTestResource.B_WRITER_KEY)
        .get("/meetings/{id}", meetingId)
        .then()
        .statusCode(404);
    // A key with host-links of the meeting's tenant gets the link.
    Api.authed()
        .body(Map.of("host", host))
        .post("/meetings/{id}/host-link", meetingId)
        .then()
        .statusCode(200)
        .body("zak", notNullValue())
        .body("start_url", notNullValue());
  }

  @Test
  void erasureNeedsTheAdminScope() {
    as(ZoomSimulatorTestResource.B_WRITER_KEY)
        .delete("/people/{ref}", "anyone")
        .then()
        .statusCode(403);
    as(ZoomSimulatorTestResource.B_WRITER_KEY)
        .get("/people/{ref}/erasure", "anyone")
        .then()
        .statusCode(403);
  }
}
