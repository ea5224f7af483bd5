package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.meeting.client.ZoomApi;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Paths reach Zoom encoded exactly as {@code ZoomPaths} says: the REST client adds nothing. */
@QuarkusTest
class ZoomWirePathsTest {
  @Inject ZoomApi zoom;

  @Test
  void hostEmailIsEncodedOnceInThePath() {
    String host = Api.uniqueHost();
    Api.scheduleMeeting(host);

    String encoded = host.replace("@", "%40");
    assertThat(
            ZoomSimulatorTestResource.proxy().requests("POST /v2/users/" + encoded + "/meetings"))
        .isEqualTo(1);
  }

  @Test
  void meetingUuidWithDoubleSlashIsEncodedTwiceAsZoomRequires() {
    catchThrowable(
        () ->
            zoom.getMeeting(
                ZoomSimulatorTestResource.ACCOUNT_ID,
                "/wire//Test==")); // Zoom knows no such meeting

    assertThat(
            ZoomSimulatorTestResource.proxy()
                .requests("GET /v2/meetings/%252Fwire%252F%252FTest%253D%253D"))
        .isEqualTo(1);
  }
}
