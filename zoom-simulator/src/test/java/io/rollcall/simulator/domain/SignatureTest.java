package io.rollcall.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ZOOM-FACTS §6 test vectors, computed over the exact sample file bytes. */
class SignatureTest {

  private static final String SECRET = "SYNTH_secret_tok_9f3Kq2";

  @Test
  void participantJoinedSampleSignsToTheDocumentedVector() throws IOException {
    assertThat(Signature.sign(SECRET, 1789402331L, sample("participant_joined.json")))
        .isEqualTo("v0=b1e9c1958b0061c3c20b211b001edd335680990f69188c84c03f6f5f4a87a21c");
  }

  @Test
  void participantLeftSampleSignsToTheDocumentedVector() throws IOException {
    assertThat(Signature.sign(SECRET, 1789404072L, sample("participant_left.json")))
        .isEqualTo("v0=9261beceb318080ee46e1123885836a44d30796ba03f123729ca806c252eba15");
  }

  @Test
  void urlValidationSampleSignsToTheDocumentedVector() throws IOException {
    assertThat(Signature.sign(SECRET, 1789400001L, sample("url_validation.json")))
        .isEqualTo("v0=e0122bb549abd83fcd36f0eacce6423fd1180c173fb59caa8d004d83bd702a66");
  }

  @Test
  void urlValidationEncryptedTokenMatchesTheDocumentedReply() {
    assertThat(Signature.encryptToken(SECRET, "sYnTh_PlainTok3n_x81Q"))
        .isEqualTo("34c5a25e87047fe9834a0cf6bffe2e30e58d4442d2c6e2d7bde8599a059defae");
  }

  static String sample(String name) throws IOException {
    try (InputStream in = SignatureTest.class.getResourceAsStream("/zoom-samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
