package io.rollcall.attendance.messaging;

import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.PersonErased;

/**
 * Decodes a {@code rollcall.erasures.v1} message; a {@link PersonErased} must name its erasure and
 * person. Anything unusable is a {@link MalformedEventException} (dead-lettered with that reason).
 */
public final class ErasureMessageReader {

  private ErasureMessageReader() {}

  /**
   * The message, or null for a tombstone of the compacted topic (nothing to do).
   *
   * @throws MalformedEventException when the bytes are not a usable {@link ErasureMessage}
   */
  public static ErasureMessage read(byte[] value) {
    if (value == null) {
      return null;
    }
    ErasureMessage message = EventJson.decode(value, ErasureMessage.class);
    if (message instanceof PersonErased erased) {
      require(erased.erasureId(), "erasure_id");
      require(erased.ref(), "ref");
    }
    return message;
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new MalformedEventException("person_erased without " + field);
    }
  }
}
