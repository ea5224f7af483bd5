package io.rollcall.ingest.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The few fields of a Zoom webhook body that ingest needs: the event name, the account (which
 * tenant's secrets verify it), the meeting id and instance uuid (for the Kafka key) and, for URL
 * validation, the plain token. The body itself is never re-serialized.
 *
 * @param text the body, exactly as received
 * @param event {@code event}
 * @param accountId {@code payload.account_id}, null when absent (URL validation carries none)
 * @param meetingId {@code payload.object.id} as text, null when absent
 * @param meetingUuid {@code payload.object.uuid}, null when absent
 * @param plainToken {@code payload.plainToken} (URL validation), null when absent
 */
public record ZoomWebhook(
    String text,
    String event,
    String accountId,
    String meetingId,
    String meetingUuid,
    String plainToken) {

  public static final String URL_VALIDATION = "endpoint.url_validation";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Parses a raw body.
   *
   * @throws MalformedWebhookException when it is not UTF-8 JSON with an {@code event} field
   */
  public static ZoomWebhook parse(byte[] rawBody) {
    String text = strictUtf8(rawBody);
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedWebhookException("body is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MalformedWebhookException("body is not a JSON object");
    }
    JsonNode event = root.get("event");
    if (event == null || !event.isTextual() || event.asText().isBlank()) {
      throw new MalformedWebhookException("body has no \"event\" field");
    }
    JsonNode payload = root.path("payload");
    JsonNode object = payload.path("object");
    return new ZoomWebhook(
        text,
        event.asText(),
        scalar(payload.get("account_id")),
        scalar(object.get("id")),
        scalar(object.get("uuid")),
        scalar(payload.get("plainToken")));
  }

  public boolean isUrlValidation() {
    return URL_VALIDATION.equals(event);
  }

  /** Zoom sends the meeting id as a string in some events and as a number in others. */
  private static String scalar(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText();
    return value.isBlank() ? null : value;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedWebhookException("body is not UTF-8");
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException) {
        throw new MalformedWebhookException("body is unreadable");
      }
      throw e;
    }
  }

  /** The body cannot be a Zoom webhook. */
  public static class MalformedWebhookException extends RuntimeException {
    public MalformedWebhookException(String message) {
      super(message);
    }
  }
}
