package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON codec for every Kafka message. Field names are snake_case (declared on each record),
 * times are ISO-8601 strings, unknown fields are ignored so that a consumer keeps working when a
 * producer adds an optional field (the compatibility rule of {@code docs/events.md}).
 */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private EventJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] encode(Object event) {
    try {
      return MAPPER.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode " + event.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decodes a message.
   *
   * @throws MalformedEventException when the bytes are not a valid message of that type
   */
  public static <T> T decode(byte[] bytes, Class<T> type) {
    try {
      T value = MAPPER.readValue(bytes, type);
      if (value == null) {
        throw new MalformedEventException("empty " + type.getSimpleName() + " message");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(
          "not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedEventException("unreadable " + type.getSimpleName(), e);
    }
  }
}
