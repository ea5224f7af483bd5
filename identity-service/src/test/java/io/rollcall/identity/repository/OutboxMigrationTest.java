package io.rollcall.identity.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.testsupport.TestMigrations;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The migration to service-outbox's shape keeps every row (unpublished ones still wait) and gives
 * them this service's topic, also to rows the previous version writes during a rolling update.
 */
class OutboxMigrationTest {

  @Test
  void unsentRowsSurviveTheSharedShapeMigration_withThisServicesTopic() throws SQLException {
    assertThat(
            TestMigrations.textOutboxAfterMigration(
                "identity_outbox_migration",
                "3",
                Map.of("outbox_topic", "rollcall.participants.v1", "default_tenant", "default")))
        .containsExactly(
            "1 e-1 rollcall.participants.v1 k-1 {\"n\":1} waiting=true",
            "2 e-2 rollcall.participants.v1 k-2 {\"n\":2} waiting=false",
            "3 e-3 rollcall.participants.v1 k-3 {} waiting=true");
  }
}
