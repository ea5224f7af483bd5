package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With room for only a few events in memory, the least recently used instance is dropped and
 * rebuilt when it is needed again, and resolution is unchanged by it.
 */
@QuarkusTest
@TestProfile(InstanceCacheBoundTest.TinyCache.class)
class InstanceCacheBoundTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Room for three events. */
  public static class TinyCache implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rollcall.identity.cache.max-observations", "3");
    }
  }

  @Inject InstanceStates instances;
  @Inject LinkRepository links;
  @Inject MeterRegistry meters;

  @Test
  void beyondTheBoundTheOldestInstanceIsDroppedAndRebuiltWhenNeeded() {
    Zoom first = new Zoom();
    Zoom second = new Zoom();
    for (Zoom zoom : new Zoom[] {first, second}) {
      TestTopics.send(zoom.invitee("s-" + zoom.meetingId, "Ida", "Ito", "REG-" + zoom.meetingId));
      await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);
    }
    TestTopics.send(first.joined(Who.signedOut("800", "user", "REG-" + first.meetingId), 1));
    TestTopics.send(first.joined(Who.signedOut("801", "Ida Ito", null), 2));
    TestTopics.send(first.joined(Who.signedOut("802", "Ida Ito", null), 3));
    awaitEvents(first, 3);
    long corrections = corrections(first);
    double rebuilds = rebuilds();

    TestTopics.send(second.joined(Who.signedOut("900", "user", "REG-" + second.meetingId), 1));
    awaitEvents(second, 1);
    assertThat(instances.held()).isLessThanOrEqualTo(3); // the first instance was dropped
    TestTopics.send(first.left(Who.signedOut("800", "user", null), 9));
    ParticipantEvent left = awaitEvents(first, 4);

    assertThat(rebuilds() - rebuilds).isEqualTo(2.0); // second is new; first came back
    assertThat(left.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    // Rebuilt from the database, the instance published nothing it had not published before.
    assertThat(corrections(first)).isEqualTo(corrections);
  }

  private static long corrections(Zoom zoom) {
    return TestTopics.participants(zoom.instanceUuid).stream()
        .filter(m -> m instanceof ConnectionCorrected)
        .count();
  }

  private double rebuilds() {
    return meters
        .get("rollcall.identity.instance.cache")
        .tag("outcome", "rebuild")
        .counter()
        .count();
  }

  private static ParticipantEvent awaitEvents(Zoom zoom, int events) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                TestTopics.participants(zoom.instanceUuid).stream()
                    .filter(m -> m instanceof ParticipantEvent)
                    .map(m -> (ParticipantEvent) m)
                    .toList(),
            list -> list.size() >= events)
        .get(events - 1);
  }
}
