package io.rollcall.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.ingest.domain.WebhookVerifier.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the verifier to the test vectors of ZOOM-FACTS §6, byte for byte. */
class WebhookVerifierTest {
  static final String SECRET = "SYNTH_secret_tok_9f3Kq2";
  static final Duration WINDOW = Duration.ofSeconds(300);

  private final WebhookVerifier verifier = new WebhookVerifier(List.of(SECRET), WINDOW);

  static byte[] sample(String name) throws IOException {
    try (InputStream in = WebhookVerifierTest.class.getResourceAsStream("/zoom/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "participant_joined.json, 1789402331,"
        + " v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c",
    "participant_left.json, 1789404072,"
        + " v0=9261beceb318080ee46e1123885836a44d30796ba03f123729ca806c252eba15",
    "url_validation.json, 1789400001,"
        + " v0=e0122bb549abd83fcd36f0eacce6423fd1180c173fb59caa8d004d83bd702a66"
  })
  void zoomTestVectorsVerifyByteForByte(String file, String timestamp, String signature)
      throws IOException {
    Instant now = Instant.ofEpochSecond(Long.parseLong(timestamp) + 10);
    Verification result = verifier.verify(timestamp, signature, sample(file), now);
    assertThat(result.verified()).as(result.reason()).isTrue();
    assertThat(WebhookVerifier.sign(SECRET, timestamp, sample(file))).isEqualTo(signature);
  }

  @Test
  void urlValidationAnswerMatchesTheVector() {
    assertThat(
            WebhookVerifier.encryptedToken(
                SECRET.getBytes(StandardCharsets.UTF_8), "sYnTh_PlainTok3n_x81Q"))
        .isEqualTo("34c5a25e87047fe9834a0cf6bffe2e30e58d4442d2c6e2d7bde8599a059defae");
  }

  @Test
  void aTamperedBodyIsRejected() throws IOException {
    byte[] body = sample("participant_joined.json");
    body[body.length - 5] = (byte) (body[body.length - 5] ^ 1);
    Verification result =
        verifier.verify(
            "1789402331",
            "v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c",
            body,
            Instant.ofEpochSecond(1789402331));
    assertThat(result.verified()).isFalse();
    assertThat(result.reason()).contains("does not match");
  }

  @Test
  void reformattedJsonWithTheSameContentIsRejected() throws IOException {
    String compact =
        new String(sample("participant_joined.json"), StandardCharsets.UTF_8)
            .replaceAll("\\s+", "");
    Verification result =
        verifier.verify(
            "1789402331",
            "v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c",
            compact.getBytes(StandardCharsets.UTF_8),
            Instant.ofEpochSecond(1789402331));
    assertThat(result.verified()).isFalse();
  }

  @Test
  void theWrongSecretIsRejected() throws IOException {
    WebhookVerifier other = new WebhookVerifier(List.of("client-secret-not-webhook"), WINDOW);
    Verification result =
        other.verify(
            "1789402331",
            "v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c",
            sample("participant_joined.json"),
            Instant.ofEpochSecond(1789402331));
    assertThat(result.verified()).isFalse();
  }

  @Test
  void duringRotationBothSecretsAreAcceptedAndTheMatchingOneIsReported() throws IOException {
    WebhookVerifier rotating = new WebhookVerifier(List.of("new-secret", SECRET), WINDOW);
    byte[] body = sample("participant_left.json");
    Instant now = Instant.ofEpochSecond(1789404072);

    Verification old =
        rotating.verify("1789404072", WebhookVerifier.sign(SECRET, "1789404072", body), body, now);
    Verification fresh =
        rotating.verify(
            "1789404072", WebhookVerifier.sign("new-secret", "1789404072", body), body, now);

    assertThat(old.verified()).isTrue();
    assertThat(new String(old.secret(), StandardCharsets.UTF_8)).isEqualTo(SECRET);
    assertThat(fresh.verified()).isTrue();
    assertThat(new String(fresh.secret(), StandardCharsets.UTF_8)).isEqualTo("new-secret");
  }

  @Test
  void aTimestampOutsideTheReplayWindowIsRejectedEvenWithAValidSignature() throws IOException {
    byte[] body = sample("participant_joined.json");
    String signature = "v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c";

    assertThat(
            verifier
                .verify("1789402331", signature, body, Instant.ofEpochSecond(1789402331 + 301))
                .reason())
        .contains("replay window");
    assertThat(
            verifier
                .verify("1789402331", signature, body, Instant.ofEpochSecond(1789402331 - 301))
                .verified())
        .isFalse();
    assertThat(
            verifier
                .verify("1789402331", signature, body, Instant.ofEpochSecond(1789402331 + 300))
                .verified())
        .isTrue();
  }

  @Test
  void missingOrMalformedHeadersAreRejectedWithAReason() throws IOException {
    byte[] body = sample("participant_joined.json");
    Instant now = Instant.ofEpochSecond(1789402331);
    assertThat(verifier.verify("1789402331", null, body, now).reason()).contains("x-zm-signature");
    assertThat(verifier.verify(null, "v0=00", body, now).reason())
        .contains("x-zm-request-timestamp");
    assertThat(verifier.verify("soon", "v0=00", body, now).reason()).contains("seconds");
    assertThat(verifier.verify("1789402331", "sha256=00", body, now).reason()).contains("v0=");
    assertThat(verifier.verify("1789402331", "v0=zz", body, now).reason()).contains("hex");
  }

  @Test
  void theCheapChecksComeBeforeAnyHmacAndAStaleTimestampIsRefusedWhateverTheSignature() {
    Instant now = Instant.ofEpochSecond(1789402331 + 301);
    WebhookVerifier.SignedHeaders headers =
        WebhookVerifier.readHeaders("1789402331", "v0=00", now, WINDOW);

    assertThat(headers.acceptable()).isFalse();
    assertThat(headers.rejection()).contains("replay window");
  }

  @Test
  void extremeTimestampsAreOutsideTheWindowWithoutOverflow() {
    Instant now = Instant.ofEpochSecond(1789402331);
    for (long extreme : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0}) {
      assertThat(WebhookVerifier.readHeaders(String.valueOf(extreme), "v0=00", now, WINDOW))
          .extracting(WebhookVerifier.SignedHeaders::rejection)
          .asString()
          .contains("replay window");
    }
  }

  @Test
  void headersReadFirstThenVerifiedWithSecretsGiveTheSameAnswerAsVerify() throws IOException {
    byte[] body = sample("participant_joined.json");
    String signature = "v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c";
    Instant now = Instant.ofEpochSecond(1789402331);

    Verification twoSteps =
        WebhookVerifier.readHeaders("1789402331", signature, now, WINDOW)
            .verifyWith(WebhookVerifier.secretBytes(List.of(" " + SECRET + " ", "")), body);

    assertThat(twoSteps.verified()).isTrue();
    assertThat(twoSteps.timestamp()).isEqualTo(1789402331L);
    assertThat(
            WebhookVerifier.readHeaders("1789402331", signature, now, WINDOW)
                .verifyWith(List.of(), body)
                .reason())
        .contains("does not match");
  }
}
