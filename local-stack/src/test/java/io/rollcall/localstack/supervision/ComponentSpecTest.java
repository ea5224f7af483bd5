package io.rollcall.localstack.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentSpecTest {
  @Test
  void specFileGivesEachComponentItsStageReadyCheckAndVerbatimArguments() {
    List<ComponentSpec> specs =
        ComponentSpec.parse(
            List.of(
                "# written by ./rollcall",
                "component kafka",
                "stage 0",
                "ready log READY",
                "arg /usr/bin/java",
                "arg -Dlocal-stack.component=kafka",
                "component ingest-service",
                "stage 1",
                "ready http http://127.0.0.1:8081/q/health/live",
                "arg env",
                "arg JAVA_OPTS=-Xmx256m -Dx=a b",
                "component quiet",
                "arg sleep",
                "arg 600"));

    assertThat(specs)
        .containsExactly(
            new ComponentSpec(
                "kafka",
                0,
                new ReadyCheck.LogLine("READY"),
                List.of("/usr/bin/java", "-Dlocal-stack.component=kafka")),
            new ComponentSpec(
                "ingest-service",
                1,
                new ReadyCheck.HttpOk(URI.create("http://127.0.0.1:8081/q/health/live")),
                List.of("env", "JAVA_OPTS=-Xmx256m -Dx=a b")),
            new ComponentSpec("quiet", 0, ReadyCheck.NONE, List.of("sleep", "600")));
  }

  @Test
  void aComponentWithoutCommandOrAnUnknownSettingIsRefused() {
    assertThatThrownBy(() -> ComponentSpec.parse(List.of("component empty", "stage 1")))
        .hasMessageContaining("empty has no command");
    assertThatThrownBy(() -> ComponentSpec.parse(List.of("component x", "restart always")))
        .hasMessageContaining("unknown setting 'restart'");
  }
}
