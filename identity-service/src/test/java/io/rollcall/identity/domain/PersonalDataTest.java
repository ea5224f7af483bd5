package io.rollcall.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.ZoomParticipant;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void strippingKeepsTheConnectionsIdsAndDropsWhatDescribesThePerson() {
    ZoomParticipant p =
        new ZoomParticipant(
            "16778240",
            "pu-1",
            "Erin Eraser",
            "erin@example.org",
            "ZU-1",
            "REG-1",
            "ck-1",
            "+15550100",
            "16778000",
            "room-1",
            "16779000",
            "bpu-1");

    ZoomParticipant stripped = PersonalData.strip(p);

    assertThat(stripped.userName()).isNull();
    assertThat(stripped.email()).isNull();
    assertThat(stripped.registrantId()).isNull();
    assertThat(stripped.customerKey()).isNull();
    assertThat(stripped.phoneNumber()).isNull();
    assertThat(stripped.userId()).isEqualTo("16778240");
    assertThat(stripped.participantUuid()).isEqualTo("pu-1");
    assertThat(stripped.zoomUserId()).isEqualTo("ZU-1");
    assertThat(stripped.parentUserId()).isEqualTo("16778000");
    assertThat(stripped.breakoutRoomUuid()).isEqualTo("room-1");
    assertThat(stripped.bindUserId()).isEqualTo("16779000");
    assertThat(stripped.bindParticipantUuid()).isEqualTo("bpu-1");
  }

  @Test
  void nothingStaysNothing() {
    assertThat(PersonalData.strip(null)).isNull();
  }
}
