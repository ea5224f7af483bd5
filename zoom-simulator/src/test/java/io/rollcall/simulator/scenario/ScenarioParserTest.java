package io.rollcall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.simulator.service.SimException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {

  @Test
  void offsetsAcceptShortFormsSecondsAndIso() {
    assertThat(Offsets.parse("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Offsets.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Offsets.parse("1h5m")).isEqualTo(Duration.ofMinutes(65));
    assertThat(Offsets.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void everyBundledScenarioParsesAndHasSteps() {
    assertThat(ScenarioParser.bundledNames()).contains("seed-case").hasSizeGreaterThanOrEqualTo(4);
    for (String name : ScenarioParser.bundledNames()) {
      Scenario s = ScenarioParser.parse(ScenarioParser.bundled(name));
      assertThat(s.name()).isEqualTo(name);
      assertThat(s.steps()).isNotEmpty();
      assertThat(s.seed()).isNotNull();
    }
  }

  @Test
  void jsonScenariosAreReadToo() {
    Scenario s =
        ScenarioParser.parse(
            "{\"name\":\"j\",\"steps\":[{\"at\":\"0s\",\"action\":\"join\",\"person\":\"host\"}]}");
    assertThat(s.steps().get(0).person()).isEqualTo("host");
  }

  @Test
  void aMisspelledFieldIsRejectedWithItsName() {
    assertThatThrownBy(() -> ScenarioParser.parse("name: x\nsteps:\n  - {at: 1m, acton: join}\n"))
        .isInstanceOf(SimException.class)
        .hasMessageContaining("acton");
  }
}
