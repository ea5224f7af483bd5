package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.LinkStatus;
import io.rollcall.events.ResolutionMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A webinar's people resolve like a meeting's, and keep their link's role: an attendee (a webinar
 * registrant) by {@code registrant_id}, a panelist (who has no registrant id: Zoom's panelist link
 * is not a registrant link) by the email Rollcall registered for them, a guest stays unresolved.
 */
class WebinarResolutionTest {

  private static RegistryLink attendee(String ref, String first, String last, String registrant) {
    return link(ref, LinkRole.ATTENDEE, first, last, registrant);
  }

  private static RegistryLink panelist(String ref, String first, String last) {
    return link(ref, LinkRole.PANELIST, first, last, null);
  }

  private static RegistryLink link(
      String ref, LinkRole role, String first, String last, String registrant) {
    return new RegistryLink(
        "lnk_" + ref,
        role,
        LinkStatus.ISSUED,
        ref,
        registrant,
        "ck_" + ref,
        ref + "@example.org",
        first,
        last,
        null,
        Fixtures.T0.minusSeconds(86400));
  }

  private final MeetingRegistry webinar =
      registry(
          host(),
          panelist("ines", "Inès", "Moreau"),
          attendee("sam", "Sam", "Okafor", "REG-SAM"),
          attendee("lea", "Léa", "Roux", "REG-LEA"));

  @Test
  void panelistByEmailAttendeeByRegistrantGuestUnresolvedEachWithItsRole() {
    List<Observation> events =
        List.of(
            participant("100", "Inès Moreau").email("ines@example.org").joined(1),
            participant("200", "Sam Okafor").registrant("REG-SAM").joined(2),
            participant("300", "DESKTOP-9ZK2").joined(3),
            participant("200", "Sam Okafor").registrant("REG-SAM").left(50));

    Map<String, Resolution> resolved = Resolver.resolve(webinar, events);

    Resolution ines = resolved.get("u:100");
    assertThat(ines.identity().ref()).isEqualTo("ines");
    assertThat(ines.identity().role()).isEqualTo(LinkRole.PANELIST);
    assertThat(ines.identity().method()).isEqualTo(ResolutionMethod.EMAIL);
    Resolution sam = resolved.get("u:200");
    assertThat(sam.identity().ref()).isEqualTo("sam");
    assertThat(sam.identity().role()).isEqualTo(LinkRole.ATTENDEE);
    assertThat(sam.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(sam.flags()).isEmpty();
    Resolution guest = resolved.get("u:300");
    assertThat(guest.identity().resolved()).isFalse();
    assertThat(guest.flags()).containsExactly(Flag.UNINVITED);
  }

  @Test
  void aSignedOutAttendeeWithoutRegistrantIdResolvesByRegisteredName() {
    Map<String, Resolution> resolved =
        Resolver.resolve(webinar, List.of(participant("400", "Lea Roux").joined(5)));

    assertThat(resolved.get("u:400").identity().ref()).isEqualTo("lea");
    assertThat(resolved.get("u:400").identity().role()).isEqualTo(LinkRole.ATTENDEE);
    assertThat(resolved.get("u:400").identity().method()).isEqualTo(ResolutionMethod.NAME);
  }
}
