package io.rollcall.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whatever bytes and headers reach ingest-service, the verifier and the parser answer with their
 * own outcome (a rejection with a reason, or {@link ZoomWebhook.MalformedWebhookException}) and
 * nothing else: no other exception, which would be a 500 where Zoom must get a 4xx, and no forged
 * request verified. In {@code ./mvnw verify} these replay their seed inputs (the fuzz tests'
 * resources directory, plus an empty input); {@code JAZZER_FUZZ=1} makes them fuzz:
 *
 * <pre>JAZZER_FUZZ=1 ./mvnw -o test -pl ingest-service -am -Dtest=WebhookFuzzTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=60s</pre>
 */
class WebhookFuzzTest {
  private static final String SECRET = "fuzz-secret-2f1c";
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private final WebhookVerifier verifier =
      new WebhookVerifier(List.of(SECRET), Duration.ofMinutes(5));

  @FuzzTest(maxDuration = "20s")
  void verifierRejectsForgedRequestsWithAReasonAndNeverThrows(FuzzedDataProvider data) {
    String timestamp =
        data.consumeBoolean() ? String.valueOf(NOW.getEpochSecond()) : data.consumeString(24);
    String signature = data.consumeString(96);
    byte[] body = data.consumeRemainingAsBytes();

    WebhookVerifier.Verification outcome = verifier.verify(timestamp, signature, body, NOW);

    if (outcome.verified()) {
      // Only the real signature verifies: a fuzzer cannot forge HMAC-SHA256.
      assertThat(signature.trim())
          .isEqualToIgnoringCase(WebhookVerifier.sign(SECRET, timestamp.trim(), body));
    } else {
      assertThat(outcome.reason()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "20s")
  void parserReadsAnEventOrSaysTheBodyIsMalformed(byte[] body) {
    try {
      ZoomWebhook webhook = ZoomWebhook.parse(body);
      assertThat(webhook.event()).isNotBlank();
    } catch (ZoomWebhook.MalformedWebhookException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "20s")
  void aSignedBodyVerifiesWhateverItsBytes(byte[] body) {
    String timestamp = String.valueOf(NOW.getEpochSecond());
    String signature = WebhookVerifier.sign(SECRET, timestamp, body);
    assertThat(verifier.verify(timestamp, signature, body, NOW).verified()).isTrue();
  }
}
