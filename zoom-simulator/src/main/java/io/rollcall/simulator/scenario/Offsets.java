package io.rollcall.simulator.scenario;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scenario time offsets: "90" (seconds), "30s", "2m", "1h5m", "1m30s", or ISO "PT2M". */
public final class Offsets {

  private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private Offsets() {}

  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      return Duration.ZERO;
    }
    String t = text.trim();
    if (t.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(t));
    }
    if (t.startsWith("P") || t.startsWith("p")) {
      return Duration.parse(t);
    }
    Matcher m = SHORT.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a scenario offset: " + text);
    }
    return Duration.ofHours(num(m.group(1)))
        .plusMinutes(num(m.group(2)))
        .plusSeconds(num(m.group(3)));
  }

  private static long num(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
