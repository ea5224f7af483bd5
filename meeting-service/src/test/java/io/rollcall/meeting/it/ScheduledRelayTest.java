package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rollcall.events.LinkStatus;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay as it runs in production: on its own schedule, nobody calling it. */
@QuarkusTest
@TestProfile(ScheduledRelayTest.ProductionRelay.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ZoomSimulatorTestResource.class, restrictToAnnotatedClass = false)
class ScheduledRelayTest {

  /** The production default poll interval instead of the tests' manual relay. */
  public static class ProductionRelay implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rollcall.outbox.poll-interval", "0.5s");
    }
  }

  @Test
  void scheduledRelayPublishesIssuedLinksWithoutBeingAsked() {
    String meetingId = Api.scheduleMeeting(Api.uniqueHost());
    Api.register(meetingId, Api.invitees("sched", 2));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(LinkTopic.forMeeting(meetingId))
                    .hasSize(3)
                    .allSatisfy(r -> assertThat(r.event().status()).isEqualTo(LinkStatus.ISSUED)));
  }
}
