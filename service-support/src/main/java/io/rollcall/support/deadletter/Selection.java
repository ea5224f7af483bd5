package io.rollcall.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Which dead-lettered messages to re-drive, by where they came from: their source topic, partition
 * and an inclusive offset range there. Every part is optional; an empty selection takes all.
 *
 * @param sourceTopic the topic the message was consumed from ({@code dead-letter-topic} header)
 * @param partition its partition there ({@code dead-letter-partition})
 * @param fromOffset the first source offset to take ({@code dead-letter-offset}), inclusive
 * @param toOffset the last source offset to take, inclusive
 */
public record Selection(
    String sourceTopic, OptionalInt partition, OptionalLong fromOffset, OptionalLong toOffset) {

  /** SmallRye Reactive Messaging's dead-letter headers: where the message was consumed. */
  public static final String TOPIC_HEADER = "dead-letter-topic";

  public static final String PARTITION_HEADER = "dead-letter-partition";
  public static final String OFFSET_HEADER = "dead-letter-offset";
  public static final String REASON_HEADER = "dead-letter-reason";

  /** Every dead-lettered message. */
  public static Selection all() {
    return new Selection(null, OptionalInt.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  /** Where a dead-lettered message came from, read from its headers. */
  public record Origin(String topic, int partition, long offset) {

    /**
     * @throws IllegalArgumentException when a header is missing or unreadable (not a dead letter
     *     written by SmallRye Reactive Messaging)
     */
    public static Origin of(Headers headers) {
      try {
        return new Origin(
            text(headers, TOPIC_HEADER),
            Integer.parseInt(text(headers, PARTITION_HEADER)),
            Long.parseLong(text(headers, OFFSET_HEADER)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("unreadable dead-letter partition or offset", e);
      }
    }
  }

  /** True when a message from {@code origin} is selected. */
  public boolean matches(Origin origin) {
    return (sourceTopic == null || sourceTopic.equals(origin.topic()))
        && (partition.isEmpty() || partition.getAsInt() == origin.partition())
        && (fromOffset.isEmpty() || origin.offset() >= fromOffset.getAsLong())
        && (toOffset.isEmpty() || origin.offset() <= toOffset.getAsLong());
  }

  static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    if (header == null || header.value() == null) {
      throw new IllegalArgumentException("no " + name + " header");
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
