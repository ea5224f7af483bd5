package io.rollcall.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void normaliseFoldsCaseAccentsSpacesAndLastCommaFirst() {
    assertThat(Names.normalise("  María   LÓPEZ ")).isEqualTo("maria lopez");
    assertThat(Names.normalise("López, María")).isEqualTo("maria lopez");
    assertThat(Names.normalise(null)).isEmpty();
  }

  @Test
  void deviceDefaultNamesAreUninformative() {
    assertThat(Names.uninformative("user")).isTrue();
    assertThat(Names.uninformative("DESKTOP-7Q2LM")).isTrue();
    assertThat(Names.uninformative("iPhone")).isTrue();
    assertThat(Names.uninformative("")).isTrue();
    assertThat(Names.uninformative("Maria's iPhone")).isFalse();
  }

  @Test
  void namesDifferMateriallyOnlyWhenBothAreInformativeAndShareNoWord() {
    assertThat(Names.differMaterially("Kevin Park", "María López")).isTrue();
    assertThat(Names.differMaterially("Alex", "Alexander Kim")).isFalse();
    assertThat(Names.differMaterially("lopez", "María López")).isFalse();
    assertThat(Names.differMaterially("user", "María López")).isFalse();
  }
}
