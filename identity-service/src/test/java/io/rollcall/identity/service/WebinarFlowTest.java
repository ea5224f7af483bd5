package io.rollcall.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkEvent;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.MeetingStarted;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.service.Zoom.Who;
import io.rollcall.testsupport.KafkaTestResource;
import io.rollcall.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A webinar through identity-service's real topics and database: {@code webinar.*} webhooks are
 * published as the meeting's participant messages, each connection resolved with its link's role.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class WebinarFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject LinkRepository links;

  @Test
  void webinarEventsResolveThePanelistByEmailTheAttendeeByRegistrantAndLeaveTheGuest() {
    Zoom zoom = new Zoom();
    List<LinkEvent> registry =
        List.of(
            zoom.host("teacher@example.edu"),
            zoom.webinarLink("ines", LinkRole.PANELIST, "Inès", "Moreau", null),
            zoom.webinarLink("sam", LinkRole.ATTENDEE, "Sam", "Okafor", "REG-SAM"));
    registry.forEach(TestTopics::send);
    await()
        .atMost(WAIT)
        .until(() -> links.registry(zoom.meetingId).links().size() == registry.size());

    TestTopics.send(zoom.lifecycle("webinar.started", 0));
    TestTopics.send(
        zoom.webinarJoined(new Who("100", "Inès Moreau", null, null, "ines@example.org", null), 1));
    TestTopics.send(zoom.webinarJoined(Who.signedOut("200", "Sam Okafor", "REG-SAM"), 2));
    TestTopics.send(zoom.webinarJoined(Who.signedOut("300", "MacBook-Air", null), 3));

    List<ParticipantMessage> messages =
        await()
            .atMost(WAIT)
            .until(() -> TestTopics.participants(zoom.instanceUuid), m -> m.size() >= 4);
    MeetingStarted started =
        messages.stream()
            .filter(MeetingStarted.class::isInstance)
            .map(MeetingStarted.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(started.kind()).isEqualTo(MeetingKind.WEBINAR);
    Map<String, ParticipantEvent> byConnection =
        messages.stream()
            .filter(ParticipantEvent.class::isInstance)
            .map(ParticipantEvent.class::cast)
            .collect(Collectors.toMap(ParticipantEvent::connectionId, e -> e));
    assertThat(byConnection.values())
        .allSatisfy(e -> assertThat(e.zoomEvent()).isEqualTo("webinar.participant_joined"));
    ParticipantEvent ines = byConnection.get("u:100");
    assertThat(ines.identity().ref()).isEqualTo("ines");
    assertThat(ines.identity().role()).isEqualTo(LinkRole.PANELIST);
    assertThat(ines.identity().method()).isEqualTo(ResolutionMethod.EMAIL);
    ParticipantEvent sam = byConnection.get("u:200");
    assertThat(sam.identity().role()).isEqualTo(LinkRole.ATTENDEE);
    assertThat(sam.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    ParticipantEvent guest = byConnection.get("u:300");
    assertThat(guest.identity().resolved()).isFalse();
    assertThat(guest.flags()).containsExactly(Flag.UNINVITED);
  }
}
