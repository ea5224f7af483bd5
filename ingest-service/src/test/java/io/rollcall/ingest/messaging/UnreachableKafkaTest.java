package io.rollcall.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.events.Topics;
import io.rollcall.events.TopicsConfig;
import io.rollcall.ingest.health.KafkaReadinessCheck;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Kafka client against an address where no broker listens. */
class UnreachableKafkaTest {
  private final Map<String, Object> config =
      Map.of("bootstrap.servers", "127.0.0.1:" + unusedPort());
  private RawWebhookPublisher publisher;

  @AfterEach
  void close() {
    if (publisher != null) {
      publisher.close(null);
    }
  }

  @Test
  void publishingFailsWithinTheBoundInsteadOfAcknowledging() {
    publisher = new RawWebhookPublisher(config, topics());
    RawWebhookEnvelope envelope =
        new RawWebhookEnvelope(
            1,
            "k",
            "meeting.participant_joined",
            "1",
            "u==",
            Instant.now(),
            Instant.now().getEpochSecond(),
            null,
            "{}",
            null);

    assertThatThrownBy(() -> publisher.publish(envelope, Duration.ofMillis(2500)).join())
        .hasCauseInstanceOf(RawWebhookPublisher.KafkaUnavailableException.class);
  }

  @Test
  void readinessIsDownWithoutABroker() {
    KafkaReadinessCheck check = new KafkaReadinessCheck(config);
    assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TopicsConfig topics() {
    return new TopicsConfig() {
      public String zoomWebhooksRaw() {
        return "zoom.webhooks.raw.v1";
      }

      public String links() {
        return "rollcall.links.v1";
      }

      public String participants() {
        return "rollcall.participants.v1";
      }

      public String attendance() {
        return "rollcall.attendance.v1";
      }

      public String reports() {
        return Topics.REPORTS;
      }

      public String assignments() {
        return Topics.ASSIGNMENTS;
      }

      public String erasures() {
        return Topics.ERASURES;
      }

      public String credentials() {
        return Topics.CREDENTIALS;
      }

      public String identityDeadLetter() {
        return "rollcall.identity.dead-letter.v1";
      }

      public String attendanceDeadLetter() {
        return "rollcall.attendance.dead-letter.v1";
      }
    };
  }
}
