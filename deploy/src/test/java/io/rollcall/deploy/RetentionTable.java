package io.rollcall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention column of docs/events.md's topic table, read as Kafka settings: "compacted" →
 * cleanup.policy compact, retention.ms -1; "N days" → N days; "infinite in dev, N days in prod".
 */
final class RetentionTable {
  /** What docs/events.md promises for one topic. */
  record Retention(boolean compacted, long devMs, long prodMs) {}

  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|.*\\|([^|]*)\\|\\s*$");
  private static final Pattern RETENTION_CELL = Pattern.compile("days|compacted|infinite");
  private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*days");
  private static final Pattern PROD_DAYS = Pattern.compile("(\\d+)\\s*days in prod");

  private RetentionTable() {}

  static Map<String, Retention> read() {
    String doc;
    try {
      doc = Files.readString(DeployPaths.root().resolve("docs/events.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Retention> table = new LinkedHashMap<>();
    for (String line : doc.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.matches() && row.group(2).contains("day")
          || row.matches() && row.group(2).contains("compact")) {
        table.put(row.group(1), parse(row.group(2).trim()));
      }
    }
    return table;
  }

  private static Retention parse(String text) {
    if (text.contains("compacted")) {
      return new Retention(true, -1, -1);
    }
    Matcher prod = PROD_DAYS.matcher(text);
    if (text.contains("infinite in dev") && prod.find()) {
      return new Retention(false, -1, days(prod.group(1)));
    }
    Matcher days = DAYS.matcher(text);
    if (days.find()) {
      long ms = days(days.group(1));
      return new Retention(false, ms, ms);
    }
    throw new AssertionError("cannot read a retention from docs/events.md: " + text);
  }

  private static long days(String n) {
    return TimeUnit.DAYS.toMillis(Long.parseLong(n));
  }
}
