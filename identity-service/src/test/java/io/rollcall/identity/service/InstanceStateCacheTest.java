package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Flag;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The in-memory instance state is a cache: dropped (restart, eviction) or outdated by another
 * replica's work, it is rebuilt from the database and the published stream stays what a single,
 * never-restarted replica would have published.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class InstanceStateCacheTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject InstanceStates instances;
  @Inject LinkRepository links;
  @Inject DataSource dataSource;
  @Inject MeterRegistry meters;

  @Test
  void aDroppedOrOutdatedStateIsRebuiltAndResolutionGoesOnAsIfNothingHappened() throws Exception {
    Zoom zoom = new Zoom();
    TestTopics.send(zoom.invitee("s-kai", "Kai", "Kohl", "REG-KAI"));
    await().atMost(WAIT).until(() -> links.registry(zoom.meetingId).links().size() == 1);

    TestTopics.send(zoom.joined(Who.signedOut("700", "Kai Kohl", "REG-KAI"), 1));
    awaitEvents(zoom, 1);
    double rebuildsBefore = rebuilds();
    instances.clear(); // as after a restart or an eviction

    TestTopics.send(zoom.joined(Who.signedOut("701", "Lena Lang", "REG-KAI"), 2));
    awaitEvents(zoom, 2);
    try (Connection db = dataSource.getConnection();
        PreparedStatement bump =
            db.prepareStatement(
                "UPDATE instance_version SET version = version + 1 WHERE instance_uuid = ?")) {
      bump.setString(1, zoom.instanceUuid); // as if another replica had changed the instance
      assertThat(bump.executeUpdate()).isEqualTo(1);
    }
    TestTopics.send(zoom.left(Who.signedOut("701", "Lena Lang", null), 3));
    List<ParticipantMessage> messages = awaitEvents(zoom, 3);
    assertThat(rebuilds() - rebuildsBefore).isEqualTo(2.0);

    // Kai's link used by someone else beside Kai: Lena is split off (not Kai, via Kai's link) from
    // her first event, and Kai's connection is corrected once to say his link was shared.
    assertThat(messages)
        .filteredOn(m -> m instanceof ConnectionCorrected)
        .extracting(m -> ((ConnectionCorrected) m).connectionId())
        .containsExactly("u:700");
    ParticipantEvent last = (ParticipantEvent) messages.get(messages.size() - 1);
    assertThat(last.identity().method()).isEqualTo(ResolutionMethod.NONE);
    assertThat(last.identity().viaLinkOf()).isEqualTo("s-kai");
    assertThat(last.flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    assertThat(messages).extracting(ParticipantMessage::eventId).doesNotHaveDuplicates();
  }

  private double rebuilds() {
    return meters
        .get("rollcall.identity.instance.cache")
        .tag("outcome", "rebuild")
        .counter()
        .count();
  }

  private static List<ParticipantMessage> awaitEvents(Zoom zoom, int events) {
    return await()
        .atMost(WAIT)
        .until(
            () -> TestTopics.participants(zoom.instanceUuid),
            m -> m.stream().filter(x -> x instanceof ParticipantEvent).count() >= events);
  }
}
