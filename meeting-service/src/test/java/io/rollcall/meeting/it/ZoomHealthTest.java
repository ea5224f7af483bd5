package io.rollcall.meeting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ZoomHealthTest {

  @Test
  void readinessReportsZoomReachableConfiguredAndTheCircuitState() {
    JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();

    String zoom = "checks.find { it.name == 'zoom' }";
    assertThat(ready.getString(zoom + ".status")).isEqualTo("UP");
    assertThat(ready.getBoolean(zoom + ".data.reachable")).isTrue();
    assertThat(ready.getBoolean(zoom + ".data.credentials_configured")).isTrue();
    assertThat(ready.getString(zoom + ".data.circuit")).isIn("closed", "open", "half_open");
  }
}
