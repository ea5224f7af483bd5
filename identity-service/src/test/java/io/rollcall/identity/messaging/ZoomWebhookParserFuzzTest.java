package io.rollcall.identity.messaging;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rollcall.events.MalformedEventException;

/**
 * Whatever body a raw webhook carries, identity-service's parser reads an event or throws {@link
 * MalformedEventException} — the one failure its consumer dead-letters with a reason; any other
 * exception would be taken for a failure of the database and pause the consumer. In {@code ./mvnw
 * verify} this replays its seed inputs; {@code JAZZER_FUZZ=1} makes it fuzz (see {@code
 * WebhookFuzzTest} in ingest-service for the command).
 */
class ZoomWebhookParserFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBodyIsAnEventOrMalformed(String body) {
    try {
      ZoomWebhookParser.parse(body);
    } catch (MalformedEventException expected) {
      // the one allowed failure
    }
  }
}
