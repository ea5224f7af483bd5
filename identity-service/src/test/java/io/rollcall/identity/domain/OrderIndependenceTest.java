package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.HOST_ZOOM_ID;
import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Flag;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ResolutionMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Feeds the same events one by one in every arrival order, the way the service does (resolve all,
 * publish the differences), and checks that the published state ends the same.
 */
class OrderIndependenceTest {
  private final RegistryLink maria = invitee("student-42", "María", "López", "REG-MARIA");
  private final RegistryLink jonas = invitee("student-7", "Jonas", "Berg", "REG-JONAS");
  private final MeetingRegistry registry = registry(host(), maria, jonas);

  private final List<Observation> events =
      List.of(
          participant("1", "user").registrant("REG-MARIA").joined(1),
          participant("1", "user").left(40),
          participant("2", "Tom Teacher").zoomUser(HOST_ZOOM_ID).joined(6),
          participant("3", "DESKTOP-7Q2LM").joined(3),
          participant("4", "Kevin Park").registrant("REG-MARIA").joined(10),
          participant("5", "Jonas Berg")
              .uuid("PU-5")
              .event(ParticipantAction.WAITING_ROOM_JOINED, 2));

  @Test
  void everyArrivalOrderOfTheSameEventsEndsWithTheSameResolutions() {
    Map<String, Resolution> expected = Resolver.resolve(registry, events);
    int orders = 0;
    for (List<Observation> order : permutations(events)) {
      assertThat(replay(registry, order)).as("order %s", order).isEqualTo(expected);
      orders++;
    }
    assertThat(orders).isEqualTo(720);
  }

  @Test
  void theExpectedFinalResolutionsOfTheScenario() {
    Map<String, Resolution> all = Resolver.resolve(registry, events);
    assertThat(all.get("u:1").identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(all.get("u:1").flags()).containsExactly(Flag.SHARED_LINK);
    assertThat(all.get("u:4").flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    assertThat(all.get("u:2").identity().ref()).isEqualTo("teacher@example.edu");
    assertThat(all.get("u:2").flags()).isEmpty();
    assertThat(all.get("u:3").identity().resolved()).isFalse();
    assertThat(all.get("u:3").flags()).containsExactly(Flag.UNINVITED);
    assertThat(all.get("u:5").identity().method()).isEqualTo(ResolutionMethod.NAME);
  }

  @Test
  void aLinkArrivingAfterTheEventsCorrectsThePendingConnection() {
    Map<String, Revisions.Published> published = new HashMap<>();
    List<Observation> seen = List.of(participant("1", "user").registrant("REG-LATE").joined(1));
    MeetingRegistry before = registry(host(), maria);
    apply(published, Revisions.diff(published, Resolver.resolve(before, seen)));
    assertThat(published.get("u:1").resolution().flags()).containsExactly(Flag.PENDING_LINK);

    RegistryLink late = invitee("student-99", "Lea", "Late", "REG-LATE");
    List<Revisions.Change> changes =
        Revisions.diff(published, Resolver.resolve(registry(host(), maria, late), seen));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).firstSeen()).isFalse();
    assertThat(changes.get(0).revision()).isEqualTo(2);
    assertThat(changes.get(0).resolution().identity().ref()).isEqualTo("student-99");
    assertThat(changes.get(0).resolution().flags()).isEmpty();
  }

  @Test
  void anUnchangedResolutionKeepsItsRevision() {
    Map<String, Revisions.Published> published = new HashMap<>();
    List<Observation> seen =
        new ArrayList<>(List.of(participant("1", "user").registrant("REG-MARIA").joined(1)));
    apply(published, Revisions.diff(published, Resolver.resolve(registry, seen)));
    seen.add(participant("1", "user").left(9));
    assertThat(Revisions.diff(published, Resolver.resolve(registry, seen))).isEmpty();
  }

  private static Map<String, Resolution> replay(MeetingRegistry registry, List<Observation> order) {
    Map<String, Revisions.Published> published = new HashMap<>();
    List<Observation> seen = new ArrayList<>();
    for (Observation event : order) {
      seen.add(event);
      apply(published, Revisions.diff(published, Resolver.resolve(registry, seen)));
    }
    Map<String, Resolution> result = new HashMap<>();
    published.forEach((k, v) -> result.put(k, v.resolution()));
    return result;
  }

  private static void apply(
      Map<String, Revisions.Published> published, List<Revisions.Change> changes) {
    for (Revisions.Change c : changes) {
      Revisions.Published old = published.get(c.connectionId());
      assertThat(c.revision()).isEqualTo(old == null ? 1 : old.revision() + 1);
      published.put(c.connectionId(), new Revisions.Published(c.resolution(), c.revision()));
    }
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> p = new ArrayList<>();
        p.add(head);
        p.addAll(tail);
        result.add(p);
      }
    }
    return result;
  }
}
