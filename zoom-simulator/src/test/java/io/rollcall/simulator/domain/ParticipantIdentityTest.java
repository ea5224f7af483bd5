package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParticipantIdentityTest {

  private final Ids ids = new Ids(7);
  private final Meeting meeting =
      new Meeting(
          1L,
          "u==",
          "acct-1",
          new ZoomUser("h", "host@acme.test", "Host", "", true),
          Instant.EPOCH);
  private final Registrant alice =
      new Registrant(
          "reg-alice",
          "alice@acme.test",
          "Alice",
          "Doe",
          "tk1",
          123456789,
          Instant.EPOCH,
          JsonNodeFactory.instance.objectNode(),
          RegistrantStatus.APPROVED);
  private final JoinSpec signedOutLink =
      new JoinSpec(Via.REGISTRANT_LINK, alice, null, null, null, null, null);

  @Test
  void rejoinGetsANewUserIdAndParticipantUuidByDefault() {
    ParticipantFields first = identify(signedOutLink, Quirks.defaults(), null);
    ParticipantFields second = identify(signedOutLink, Quirks.defaults(), connection(first));
    assertThat(second.userId()).isNotEqualTo(first.userId());
    assertThat(second.participantUuid()).isNotEqualTo(first.participantUuid());
    assertThat(second.registrantId()).isEqualTo(first.registrantId()).isEqualTo("reg-alice");
  }

  @Test
  void rejoinKeepsIdsWhenTheNewIdsQuirkIsOff() {
    Quirks stable =
        new Quirks(null, false, null, null, null, null, null, null, null, null, null, null, null);
    Quirks quirks = stable.over(Quirks.defaults());
    ParticipantFields first = identify(signedOutLink, quirks, null);
    ParticipantFields second = identify(signedOutLink, quirks, connection(first));
    assertThat(second.userId()).isEqualTo(first.userId());
    assertThat(second.participantUuid()).isEqualTo(first.participantUuid());
  }

  @Test
  void signedOutRegistrantIsAnonymousButKeepsTheRegistrantId() {
    ParticipantFields f = identify(signedOutLink, Quirks.defaults(), null);
    assertThat(f.id()).isEmpty();
    assertThat(f.email()).isEmpty();
    assertThat(f.userName()).isEqualTo("DESKTOP-OS");
    assertThat(f.registrantId()).isEqualTo("reg-alice");
  }

  @Test
  void signedOutRegistrantShowsRegistrationWhenTheAnonymityQuirkIsOff() {
    ParticipantFields f = identify(signedOutLink, Quirks.none(), null);
    assertThat(f.userName()).isEqualTo("Alice Doe");
    assertThat(f.email()).isEqualTo("alice@acme.test");
  }

  @Test
  void externalSignedInUserHasHiddenEmailButTheirZoomId() {
    ZoomUser external = new ZoomUser("ext-1", "bob@other.test", "Bob", "B", false);
    JoinSpec spec = new JoinSpec(Via.ZOOM_USER, null, external, null, null, null, null);
    ParticipantFields f = identify(spec, Quirks.defaults(), null);
    assertThat(f.id()).isEqualTo("ext-1");
    assertThat(f.email()).isEmpty();
    assertThat(f.userName()).isEqualTo("Bob B");
    assertThat(identify(spec, Quirks.none(), null).email()).isEqualTo("bob@other.test");
  }

  @Test
  void sdkJoinCarriesTheCustomerKeyAndPhoneJoinThePhoneNumber() {
    JoinSpec sdk = new JoinSpec(Via.SDK, null, null, "Carol", null, "inv-42", null);
    assertThat(identify(sdk, Quirks.defaults(), null).customerKey()).isEqualTo("inv-42");
    JoinSpec phone = new JoinSpec(Via.PHONE, alice, null, null, null, null, "+4930123");
    ParticipantFields f = identify(phone, Quirks.defaults(), null);
    assertThat(f.phoneNumber()).isEqualTo("+4930123");
    assertThat(f.registrantId()).isEqualTo("reg-alice");
  }

  private ParticipantFields identify(JoinSpec spec, Quirks quirks, Connection previous) {
    return ParticipantIdentity.of(spec, quirks, meeting, previous, "DESKTOP-OS", ids);
  }

  private static Connection connection(ParticipantFields fields) {
    return new Connection("alice", fields, ConnectionStatus.LEFT);
  }
}
