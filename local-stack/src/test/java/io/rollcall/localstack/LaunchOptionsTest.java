package io.rollcall.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void argumentWinsOverEnvironmentWhichWinsOverDefault() {
    Map<String, String> env = Map.of("ROLLCALL_KAFKA_PORT", "19092", "ROLLCALL_X", "from-env");
    LaunchOptions options = new LaunchOptions(new String[] {"--x", "from-arg"}, env);

    assertThat(options.text("x", "ROLLCALL_X", "default")).isEqualTo("from-arg");
    assertThat(options.port("port", "ROLLCALL_KAFKA_PORT", 9092)).isEqualTo(19092);
    assertThat(options.port("controller-port", "UNSET", 9093)).isEqualTo(9093);
  }

  @Test
  void portThatIsNotANumberNamesTheSettingToFix() {
    LaunchOptions options = new LaunchOptions(new String[] {"--port", "90x2"}, Map.of());

    assertThatThrownBy(() -> options.port("port", "ROLLCALL_KAFKA_PORT", 9092))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ROLLCALL_KAFKA_PORT")
        .hasMessageContaining("90x2");
  }

  @Test
  void argumentWithoutValueIsRejected() {
    assertThatThrownBy(() -> new LaunchOptions(new String[] {"--port"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
