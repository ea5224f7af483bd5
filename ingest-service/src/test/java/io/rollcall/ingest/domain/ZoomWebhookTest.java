package io.rollcall.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZoomWebhookTest {

  @Test
  void participantEventExposesEventMeetingIdAndInstance() throws Exception {
    ZoomWebhook webhook = ZoomWebhook.parse(WebhookVerifierTest.sample("participant_joined.json"));
    assertThat(webhook.event()).isEqualTo("meeting.participant_joined");
    assertThat(webhook.meetingId()).isEqualTo("83011223344");
    assertThat(webhook.meetingUuid()).isEqualTo("rT7xQb+4S3q0m/1Zc9Lw2A==");
    assertThat(webhook.accountId()).isEqualTo("AcctSynth00000000000001");
    assertThat(webhook.isUrlValidation()).isFalse();
  }

  @Test
  void numericMeetingIdIsReadAsText() {
    ZoomWebhook webhook =
        ZoomWebhook.parse(
            bytes(
                "{\"event\":\"meeting.registration_created\",\"payload\":{\"object\":{\"id\":83011223344}}}"));
    assertThat(webhook.meetingId()).isEqualTo("83011223344");
    assertThat(webhook.meetingUuid()).isNull();
  }

  @Test
  void urlValidationExposesThePlainToken() throws Exception {
    ZoomWebhook webhook = ZoomWebhook.parse(WebhookVerifierTest.sample("url_validation.json"));
    assertThat(webhook.isUrlValidation()).isTrue();
    assertThat(webhook.plainToken()).isEqualTo("sYnTh_PlainTok3n_x81Q");
    assertThat(webhook.accountId()).as("URL validation names no account").isNull();
  }

  @Test
  void anAccountIdThatIsNotTextOrIsBlankCountsAsAbsent() {
    assertThat(
            ZoomWebhook.parse(bytes("{\"event\":\"e\",\"payload\":{\"account_id\":\"\"}}"))
                .accountId())
        .isNull();
    assertThat(
            ZoomWebhook.parse(bytes("{\"event\":\"e\",\"payload\":{\"account_id\":{}}}"))
                .accountId())
        .isNull();
  }

  @Test
  void bodyTextIsTheExactBytes() throws Exception {
    byte[] raw = WebhookVerifierTest.sample("participant_left.json");
    assertThat(ZoomWebhook.parse(raw).text().getBytes(StandardCharsets.UTF_8)).isEqualTo(raw);
  }

  @Test
  void notJsonNoEventOrNotUtf8AreMalformed() {
    assertThatThrownBy(() -> ZoomWebhook.parse(bytes("hello")))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> ZoomWebhook.parse(bytes("[1,2]")))
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> ZoomWebhook.parse(bytes("{\"payload\":{}}")))
        .hasMessageContaining("no \"event\"");
    assertThatThrownBy(() -> ZoomWebhook.parse(new byte[] {'{', (byte) 0xC3, '}'}))
        .hasMessageContaining("UTF-8");
  }

  @Test
  void dedupKeyPrefersZoomsRequestIdElseHashesTheBody() {
    assertThat(DedupKey.of("6009d653_d487", bytes("{}"))).isEqualTo("6009d653_d487");
    assertThat(DedupKey.of(null, bytes("{}"))).startsWith("sha256:").hasSize(7 + 64);
    assertThat(DedupKey.of("", bytes("{}"))).isEqualTo(DedupKey.of(null, bytes("{}")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
