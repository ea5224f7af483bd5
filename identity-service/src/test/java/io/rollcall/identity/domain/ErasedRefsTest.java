package io.rollcall.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErasedRefsTest {

  @Test
  void theMarkerIsTheSha256HexOfTenantSlashRef() {
    // sha256("acct-1/s-1"), computed with `printf 'acct-1/s-1' | sha256sum`.
    assertThat(ErasedRefs.hash("acct-1", "s-1")).isEqualTo(SHA_OF_ACCT1_S1);
  }

  @Test
  void theSameRefOfTwoTenantsIsTwoPeople() {
    assertThat(ErasedRefs.hash("acct-1", "s-1")).isNotEqualTo(ErasedRefs.hash("acct-2", "s-1"));
    assertThat(ErasedRefs.hash("acct-1", "s-1")).doesNotContain("s-1");
  }

  @Test
  void aPersonWithoutTenantOrRefCannotBeMarked() {
    assertThatThrownBy(() -> ErasedRefs.hash(null, "s-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErasedRefs.hash("acct-1", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConnectionResolvedToThePersonIsThePerson() {
    assertThat(ErasedRefs.isThePerson("s-1", "s-1", null)).isTrue();
  }

  @Test
  void aConnectionResolvedToSomeoneElseIsNot_evenThroughThePersonsLink() {
    assertThat(ErasedRefs.isThePerson("s-1", "s-2", null)).isFalse();
    assertThat(ErasedRefs.isThePerson("s-1", "s-2", "s-1")).isFalse();
  }

  @Test
  void anUnresolvedConnectionIsThePersonUnlessToldApartFromThem() {
    // Carries the person's registrant id, unresolved (e.g. the link was revoked): theirs.
    assertThat(ErasedRefs.isThePerson("s-1", null, null)).isTrue();
    // Came through their link and is someone else: not theirs.
    assertThat(ErasedRefs.isThePerson("s-1", null, "s-1")).isFalse();
  }

  private static final String SHA_OF_ACCT1_S1 =
      "7d0f5a581756787a35c1dd1ff140a4e4788742c644c3f73ad3b6c4778603be4b";
}
