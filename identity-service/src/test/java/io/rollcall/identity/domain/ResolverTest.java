package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.HOST_ZOOM_ID;
import static io.rollcall.identity.domain.Fixtures.host;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static io.rollcall.identity.domain.Fixtures.registryWithoutRegistration;
import static io.rollcall.identity.domain.Fixtures.revoked;
import static io.rollcall.identity.domain.Fixtures.withZoomUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ResolutionMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private final RegistryLink maria = invitee("student-42", "María", "López", "REG-MARIA");
  private final RegistryLink jonas = invitee("student-7", "Jonas", "Berg", "REG-JONAS");

  private static Resolution only(MeetingRegistry registry, Observation... events) {
    Map<String, Resolution> all = Resolver.resolve(registry, List.of(events));
    assertThat(all).hasSize(1);
    return all.values().iterator().next();
  }

  @Test
  void registrantIdOfThisMeetingResolvesExactly() {
    Resolution r =
        only(
            registry(maria, jonas),
            participant("1", "María López").registrant("REG-MARIA").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(r.identity().confidence()).isEqualTo(Confidence.EXACT);
    assertThat(r.identity().name()).isEqualTo("María López");
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void customerKeyResolvesExactly() {
    Resolution r =
        only(
            registry(maria, jonas),
            participant("1", "Jonas").customerKey("ck_student-7").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-7");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.CUSTOMER_KEY);
    assertThat(r.identity().confidence()).isEqualTo(Confidence.EXACT);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void knownZoomUserOfAnInviteeResolvesStrongly() {
    Resolution r =
        only(
            registry(withZoomUser(maria, "ZU-M"), jonas),
            participant("1", "ML").zoomUser("ZU-M").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.ZOOM_USER);
    assertThat(r.identity().confidence()).isEqualTo(Confidence.STRONG);
  }

  @Test
  void hostZoomUserResolvesToTheHostRef() {
    Resolution r =
        only(registry(host(), maria), participant("9", "Tom T").zoomUser(HOST_ZOOM_ID).joined(5));
    assertThat(r.identity().ref()).isEqualTo("teacher@example.edu");
    assertThat(r.identity().role()).isEqualTo(LinkRole.HOST);
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.ZOOM_USER);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void emailMatchesTrimmedAndCaseInsensitively() {
    Resolution r =
        only(
            registry(maria, jonas),
            participant("1", "x").email("  Student-7@Example.EDU ").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-7");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.EMAIL);
    assertThat(r.identity().confidence()).isEqualTo(Confidence.STRONG);
  }

  @Test
  void displayNameMatchesAfterNormalisingCaseAccentsSpacesAndLastFirst() {
    for (String shown : List.of("maria lopez", "  MARÍA   LÓPEZ ", "López, María")) {
      Resolution r = only(registry(maria, jonas), participant("1", shown).joined(2));
      assertThat(r.identity().ref()).as(shown).isEqualTo("student-42");
      assertThat(r.identity().method()).isEqualTo(ResolutionMethod.NAME);
      assertThat(r.identity().confidence()).isEqualTo(Confidence.WEAK);
    }
  }

  @Test
  void noEvidenceLeavesTheParticipantUnresolvedAndUninvitedWhenRegistrationIsRequired() {
    Resolution r = only(registry(maria), participant("1", "DESKTOP-7Q2LM").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.NONE);
    assertThat(r.flags()).containsExactly(Flag.UNINVITED);
  }

  @Test
  void noEvidenceInAMeetingWithoutRegistrationIsNotUninvited() {
    Resolution r = only(registryWithoutRegistration(maria), participant("1", "Someone").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void registrantBeatsAWeakerEvidenceForAnotherInviteeAndFlagsTheConflict() {
    Resolution r =
        only(
            registry(maria, withZoomUser(jonas, "ZU-J")),
            participant("1", "Jonas Berg").registrant("REG-MARIA").zoomUser("ZU-J").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(r.flags()).contains(Flag.EVIDENCE_CONFLICT, Flag.NAME_MISMATCH);
  }

  @Test
  void agreeingEvidenceIsNoConflict() {
    Resolution r =
        only(
            registry(withZoomUser(maria, "ZU-M"), jonas),
            participant("1", "María López")
                .registrant("REG-MARIA")
                .zoomUser("ZU-M")
                .email("student-42@example.edu")
                .joined(2));
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void emailBeatsANameOfAnotherInvitee() {
    Resolution r =
        only(
            registry(maria, jonas),
            participant("1", "Jonas Berg").email("student-42@example.edu").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.EMAIL);
    assertThat(r.flags()).containsExactly(Flag.EVIDENCE_CONFLICT);
  }

  @Test
  void twoAlexKimsAreNeverGuessedBetween() {
    RegistryLink alex1 = invitee("alex-1", "Alex", "Kim", "REG-A1");
    RegistryLink alex2 = invitee("alex-2", "Alex", "Kim", "REG-A2");
    Resolution r = only(registry(alex1, alex2), participant("1", "alex kim").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.flags()).containsExactly(Flag.AMBIGUOUS_NAME);
  }

  @Test
  void nameTypedWithoutNordicOrPolishLettersResolvesByName() {
    RegistryLink bjorn = invitee("bjorn", "Bjørn", "Ødegård", "REG-B");
    RegistryLink lukasz = invitee("lukasz", "Łukasz", "Wróbel", "REG-L");
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(bjorn, lukasz, maria),
            List.of(
                participant("1", "Bjorn Odegard").joined(2),
                participant("2", "Lukasz Wrobel").joined(3),
                participant("3", "Ødegård# Bjørn").joined(4)));
    assertThat(all.get("u:1").identity().ref()).isEqualTo("bjorn");
    assertThat(all.get("u:1").identity().method()).isEqualTo(ResolutionMethod.NAME);
    assertThat(all.get("u:2").identity().ref()).isEqualTo("lukasz");
    assertThat(all.get("u:3").identity().ref()).isEqualTo("bjorn");
    assertThat(all.values()).allSatisfy(r -> assertThat(r.flags()).doesNotContain(Flag.UNINVITED));
  }

  @Test
  void aFoldedNameMatchingTwoInviteesIsNeverGuessedBetween() {
    RegistryLink withStroke = invitee("bjorn-1", "Bjørn", "Ødegård", "REG-B1");
    RegistryLink plain = invitee("bjorn-2", "Bjorn", "Odegard", "REG-B2");
    Resolution r = only(registry(withStroke, plain), participant("1", "BJORN ODEGARD").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.flags()).containsExactly(Flag.AMBIGUOUS_NAME);
  }

  @Test
  void aNameInCyrillicResolvesTheInviteeRegisteredInLatin() {
    RegistryLink sergey = invitee("sergey", "Sergey", "Ivanov", "REG-S");
    Resolution r = only(registry(sergey, maria), participant("1", "Сергей Иванов").joined(2));
    assertThat(r.identity().ref()).isEqualTo("sergey");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.NAME);
  }

  @Test
  void twoAlexKimsWithTheirOwnLinksResolveEachToHerself() {
    RegistryLink alex1 = invitee("alex-1", "Alex", "Kim", "REG-A1");
    RegistryLink alex2 = invitee("alex-2", "Alex", "Kim", "REG-A2");
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(alex1, alex2),
            List.of(
                participant("1", "Alex Kim").registrant("REG-A2").joined(2),
                participant("2", "Alex Kim").registrant("REG-A1").joined(3)));
    assertThat(all.get("u:1").identity().ref()).isEqualTo("alex-2");
    assertThat(all.get("u:2").identity().ref()).isEqualTo("alex-1");
    assertThat(all.get("u:1").flags()).isEmpty();
    assertThat(all.get("u:2").flags()).isEmpty();
  }

  @Test
  void unknownRegistrantIdIsPendingNotUninvited() {
    Resolution r = only(registry(maria), participant("1", "user").registrant("REG-NEW").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.flags()).containsExactly(Flag.PENDING_LINK);
  }

  @Test
  void unknownCustomerKeyWithAnEmailMatchResolvesByEmailAndStaysPending() {
    Resolution r =
        only(
            registry(maria),
            participant("1", "x").customerKey("ck-new").email("student-42@example.edu").joined(2));
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.EMAIL);
    assertThat(r.flags()).containsExactly(Flag.PENDING_LINK);
  }

  @Test
  void registrantIdOfAnotherMeetingIsNotAMatch() {
    MeetingRegistry otherMeeting = new MeetingRegistry("999", List.of(), Fixtures.meeting(true));
    Resolution r =
        only(otherMeeting, participant("1", "María López").registrant("REG-MARIA").joined(2));
    assertThat(r.identity().resolved()).isFalse();
    assertThat(r.flags()).containsExactly(Flag.PENDING_LINK);
  }

  @Test
  void aLeftWithoutRegistrantIdInheritsItsJoin() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "user").registrant("REG-MARIA").joined(2),
                participant("1", "user").left(30)));
    assertThat(all).hasSize(1);
    assertThat(all.get("u:1").identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
  }

  @Test
  void aRoleChangeWithoutRegistrantIdInheritsItsJoin() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "user").event(ParticipantAction.ROLE_CHANGED, 5),
                participant("1", "user").registrant("REG-MARIA").joined(2)));
    assertThat(all.get("u:1").identity().ref()).isEqualTo("student-42");
  }

  @Test
  void waitingRoomAndJoinWithDifferentUserIdsAreOneChainViaParticipantUuid() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("10", "user")
                    .uuid("PU-1")
                    .event(ParticipantAction.WAITING_ROOM_JOINED, 1),
                participant("10", "user").uuid("PU-1").event(ParticipantAction.ADMITTED, 2),
                participant("11", "user").uuid("PU-1").registrant("REG-MARIA").joined(2)));
    assertThat(all.get("u:10").identity().ref()).isEqualTo("student-42");
    assertThat(all.get("u:11").identity().ref()).isEqualTo("student-42");
    assertThat(all.get("u:10").flags()).isEmpty();
    assertThat(all.get("u:11").flags()).isEmpty();
  }

  @Test
  void genericDeviceNamesAreNotANameMismatch() {
    for (String shown :
        List.of("user", "DESKTOP-7Q2LM", "iPhone", "LAPTOP-AB12CD", "Zoom user", "Galaxy S21")) {
      Resolution r =
          only(registry(maria), participant("1", shown).registrant("REG-MARIA").joined(2));
      assertThat(r.flags()).as(shown).isEmpty();
    }
  }

  @Test
  void aNameSharingAWordWithTheRegisteredNameIsNotAMismatch() {
    for (String shown : List.of("Maria", "M. Lopez", "Maria's iPhone", "Lopez family")) {
      Resolution r =
          only(registry(maria), participant("1", shown).registrant("REG-MARIA").joined(2));
      assertThat(r.flags()).as(shown).isEmpty();
    }
  }

  @Test
  void aForwardedLinkUsedUnderAnUnrelatedNameIsANameMismatch() {
    Resolution r =
        only(registry(maria), participant("1", "Kevin Park").registrant("REG-MARIA").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.flags()).containsExactly(Flag.NAME_MISMATCH);
  }

  @Test
  void aJoinThroughALinkRevokedBeforeTheJoinIsFlagged() {
    Resolution r =
        only(
            registry(revoked(maria, Fixtures.at(-60))),
            participant("1", "María").registrant("REG-MARIA").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.flags()).containsExactly(Flag.REVOKED_LINK);
  }

  @Test
  void aLinkRevokedAfterTheJoinIsNotFlagged() {
    Resolution r =
        only(
            registry(revoked(maria, Fixtures.at(10))),
            participant("1", "María").registrant("REG-MARIA").joined(2));
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void oneLinkUsedAtOnceByTwoDifferentlyNamedPeopleIsASharedLink() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "María López").registrant("REG-MARIA").joined(2),
                participant("2", "Kevin Park").registrant("REG-MARIA").joined(5),
                participant("2", "Kevin Park").left(20)));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.SHARED_LINK);
    assertThat(all.get("u:2").flags()).containsExactly(Flag.SHARED_LINK, Flag.NAME_MISMATCH);
    // Told apart by name: Kevin is not María (ForwardedLinkTest has the rule's cases).
    assertThat(all.get("u:1").identity().ref()).isEqualTo("student-42");
    assertThat(all.get("u:2").identity().ref()).isNull();
    assertThat(all.get("u:2").identity().viaLinkOf()).isEqualTo("student-42");
  }

  @Test
  void theSameInviteeOnTwoDevicesAtOnceIsMultipleDevices() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "María López").registrant("REG-MARIA").joined(2),
                participant("2", "María López").registrant("REG-MARIA").joined(5)));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.MULTIPLE_DEVICES);
    assertThat(all.get("u:2").flags()).containsExactly(Flag.MULTIPLE_DEVICES);
  }

  @Test
  void aRejoinAfterLeavingIsNeitherSharedNorMultiple() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "María López").registrant("REG-MARIA").joined(2),
                participant("1", "María López").left(10),
                participant("2", "user").registrant("REG-MARIA").joined(10),
                participant("2", "user").left(40)));
    assertThat(all.get("u:1").flags()).isEmpty();
    assertThat(all.get("u:2").flags()).isEmpty();
  }

  @Test
  void twoOverlappingConnectionsClaimingTheHostAreHostLinkShared() {
    // Neither carries the host's registered name, so neither is split off (ForwardedLinkTest).
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(host(), maria),
            List.of(
                participant("1", "Student Sam").zoomUser(HOST_ZOOM_ID).joined(1),
                participant("2", "iPad").zoomUser(HOST_ZOOM_ID).joined(8)));
    assertThat(all.get("u:1").flags()).containsExactly(Flag.HOST_LINK_SHARED);
    assertThat(all.get("u:2").flags()).containsExactly(Flag.HOST_LINK_SHARED);
  }

  @Test
  void waitingRoomOnlyConnectionsDoNotCountAsPresence() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant("1", "María López")
                    .registrant("REG-MARIA")
                    .event(ParticipantAction.WAITING_ROOM_JOINED, 1),
                participant("2", "María López").registrant("REG-MARIA").joined(5)));
    assertThat(all.get("u:1").flags()).isEmpty();
    assertThat(all.get("u:2").flags()).isEmpty();
  }

  @Test
  void joinBeforeHostEventsWithoutUserIdAreKeyedByZoomUserOrName() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria),
            List.of(
                participant(null, "María López").event(ParticipantAction.JBH_WAITING, 1),
                participant(null, "María López")
                    .registrant("REG-MARIA")
                    .event(ParticipantAction.JBH_WAITING_LEFT, 2)));
    assertThat(all).containsOnlyKeys("n:maria lopez");
    assertThat(all.get("n:maria lopez").identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
  }

  @Test
  void twoRegistrantIdsInOneConnectionResolveByTheEarliestAndFlagTheConflict() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria, jonas),
            List.of(
                participant("1", "user").registrant("REG-JONAS").left(30),
                participant("1", "user").registrant("REG-MARIA").joined(2)));
    assertThat(all.get("u:1").identity().ref()).isEqualTo("student-42");
    assertThat(all.get("u:1").flags()).containsExactly(Flag.EVIDENCE_CONFLICT);
  }

  @Test
  void registrantBeatsACustomerKeyOfAnotherInvitee() {
    Resolution r =
        only(
            registry(maria, jonas),
            participant("1", "user").registrant("REG-MARIA").customerKey("ck_student-7").joined(2));
    assertThat(r.identity().ref()).isEqualTo("student-42");
    assertThat(r.identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(r.flags()).containsExactly(Flag.EVIDENCE_CONFLICT);
  }

  @Test
  void aWeakerEventLaterInTheConnectionNeverOverridesTheStrongerOne() {
    Map<String, Resolution> all =
        Resolver.resolve(
            registry(maria, jonas),
            List.of(
                participant("1", "user").registrant("REG-MARIA").joined(2),
                participant("1", "Jonas Berg").event(ParticipantAction.ROLE_CHANGED, 5)));
    assertThat(all.get("u:1").identity().ref()).isEqualTo("student-42");
    assertThat(all.get("u:1").identity().method()).isEqualTo(ResolutionMethod.REGISTRANT);
    assertThat(all.get("u:1").flags()).contains(Flag.EVIDENCE_CONFLICT);
  }
}
