package io.rollcall.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rollcall's Kafka topic names. They are written once, in this module's {@code
 * META-INF/microprofile-config.properties}, which every service also sees as configuration.
 */
public final class Topics {
  private static final Properties NAMES = load();

  /** Every verified Zoom webhook, raw body kept byte for byte. Key: meeting instance uuid. */
  public static final String ZOOM_WEBHOOKS_RAW = name("zoom-webhooks-raw");

  /** Every issued or revoked link (compacted). Key: link id. */
  public static final String LINKS = name("links");

  /** Participant events enriched with the resolved invitee. Key: meeting instance uuid. */
  public static final String PARTICIPANTS = name("participants");

  /** Attendance changes for downstream consumers. Key: meeting instance uuid. */
  public static final String ATTENDANCE = name("attendance");

  /**
   * Rows of Zoom's participants report, read by meeting-service after an instance ended. Key:
   * meeting instance uuid.
   */
  public static final String REPORTS = name("reports");

  /** Operators' manual assignments of connections to invitees. Key: meeting instance uuid. */
  public static final String ASSIGNMENTS = name("assignments");

  /**
   * People erased on a tenant's request ({@link ErasureMessage}), compacted. Key: {@code
   * <tenant>/<ref>} for the request, {@code <erasure id>/<service>} for each service's report.
   */
  public static final String ERASURES = name("erasures");

  /**
   * API keys created and revoked through the admin endpoint ({@link ApiKeyChanged}), hashed,
   * compacted. Key: key id.
   */
  public static final String CREDENTIALS = name("credentials");

  /** Raw webhooks identity-service could not process, with the reason in headers. */
  public static final String IDENTITY_DEAD_LETTER = name("identity-dead-letter");

  /** Participant messages attendance-service could not apply, with the reason in headers. */
  public static final String ATTENDANCE_DEAD_LETTER = name("attendance-dead-letter");

  private Topics() {}

  /**
   * The topics of the public contract ({@code CONTRACT.md}); Rollcall's internal topics (reports,
   * assignments, erasures, credentials) and dead-letter topics excluded.
   */
  public static List<String> contract() {
    return List.of(ZOOM_WEBHOOKS_RAW, LINKS, PARTICIPANTS, ATTENDANCE);
  }

  /**
   * The compacted topics: each message is the whole latest state of its key (a link, an erasure
   * request, an API key), so only the latest per key is kept, forever.
   */
  public static List<String> compacted() {
    return List.of(LINKS, ERASURES, CREDENTIALS);
  }

  /**
   * How long, at most, a superseded or tombstoned value stays in a compacted topic's log: 1 day, in
   * ms (Kafka's {@code max.compaction.lag.ms}, KIP-354). Without it Kafka compacts a partition only
   * once half of it is superseded, so an erased person's link, name and email could stay on disk
   * and be read by anyone consuming the links topic from its start for as long as that takes. With
   * it the active segment rolls on the first write after this lag and the log cleaner compacts what
   * is overdue, whatever the ratio: a value tombstoned at T is gone by about T + 2 days, as long as
   * the topic is written to (every issued link is a write).
   */
  public static final long MAX_COMPACTION_LAG_MS = 86_400_000L;

  /**
   * The topic-level Kafka settings of every {@link #compacted()} topic: {@code cleanup.policy}
   * {@code compact} and {@code max.compaction.lag.ms} {@link #MAX_COMPACTION_LAG_MS}. The local
   * stack and the test broker create the topics with them; the Kubernetes topics and docker-compose
   * state them too, and their tests compare them with this.
   */
  public static Map<String, String> compactedConfig() {
    return Map.of(
        "cleanup.policy",
        "compact",
        "max.compaction.lag.ms",
        String.valueOf(MAX_COMPACTION_LAG_MS));
  }

  /** Every topic Rollcall writes, dead-letter topics included. */
  public static List<String> all() {
    return List.of(
        ZOOM_WEBHOOKS_RAW,
        LINKS,
        PARTICIPANTS,
        ATTENDANCE,
        REPORTS,
        ASSIGNMENTS,
        ERASURES,
        CREDENTIALS,
        IDENTITY_DEAD_LETTER,
        ATTENDANCE_DEAD_LETTER);
  }

  private static String name(String key) {
    String value = NAMES.getProperty("rollcall.topic." + key);
    if (value == null) {
      throw new IllegalStateException("no topic name configured for rollcall.topic." + key);
    }
    return value;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        Topics.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      if (in == null) {
        throw new IllegalStateException("events module resource with topic names is missing");
      }
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
