package io.rollcall.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void normaliseFoldsCaseAccentsSpacesAndLastCommaFirst() {
    assertThat(Names.normalise("  María   LÓPEZ ")).isEqualTo("maria lopez");
    assertThat(Names.normalise("López, María")).isEqualTo("maria lopez");
    assertThat(Names.normalise(null)).isEmpty();
    assertThat(Names.normalise("   ")).isEmpty();
  }

  @Test
  void latinLettersWithStrokesFoldToTheirBaseLetter() {
    assertThat(Names.normalise("Bjørn Ødegård")).isEqualTo("bjorn odegard");
    assertThat(Names.normalise("Łukasz Wróbel")).isEqualTo("lukasz wrobel");
    assertThat(Names.normalise("Đorđe Đoković")).isEqualTo("dorde dokovic");
    assertThat(Names.normalise("Ħamrun Ġużeppi")).isEqualTo("hamrun guzeppi");
  }

  @Test
  void ligaturesAndSpecialFormsSpellOut() {
    assertThat(Names.normalise("Æsa Ærøskøbing")).isEqualTo("aesa aeroskobing");
    assertThat(Names.normalise("Grete Straße")).isEqualTo("grete strasse");
    assertThat(Names.normalise("Þóra Sigurðardóttir")).isEqualTo("thora sigurdardottir");
    assertThat(Names.normalise("Œdipe ǅemal")).isEqualTo("oedipe dzemal");
  }

  @Test
  void otherScriptsUseTheirStandardRomanisation() {
    // Cyrillic by BGN/PCGN, as English-language registration forms spell Russian names
    assertThat(Names.normalise("Сергей Иванов")).isEqualTo("sergey ivanov");
    assertThat(Names.normalise("Наталья Щукина")).isEqualTo("natal'ya shchukina");
    // Greek by ICU's default (UNGEGN), accents dropped
    assertThat(Names.normalise("Γιώργος Παπαδόπουλος")).isEqualTo("giorgos papadopoulos");
    // Han by pinyin, tones dropped
    assertThat(Names.normalise("王小明")).isEqualTo("wang xiao ming");
  }

  @Test
  void zoomReportHashStandsForTheTypedComma() {
    assertThat(Names.normalise("Ødegård# Bjørn")).isEqualTo(Names.normalise("Bjørn Ødegård"));
    assertThat(Names.normalise("López# María")).isEqualTo("maria lopez");
  }

  @Test
  void deviceDefaultNamesAreUninformative() {
    assertThat(Names.uninformative("user")).isTrue();
    assertThat(Names.uninformative("DESKTOP-7Q2LM")).isTrue();
    // Windows' made-up computer names need not hold a digit (the simulator's DESKTOP-PLPWL).
    assertThat(Names.uninformative("DESKTOP-PLPWL")).isTrue();
    assertThat(Names.uninformative("LAPTOP-QHBZCXA")).isTrue();
    assertThat(Names.differMaterially("DESKTOP-PLPWL", "Ana López")).isFalse();
    assertThat(Names.uninformative("Desktop Publishing Team")).isFalse();
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
    assertThat(Names.differMaterially("Bjorn Odegard", "Bjørn Ødegård")).isFalse();
  }
}
