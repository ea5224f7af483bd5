package io.rollcall.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest}'s default datasource at the JVM's shared real PostgreSQL, through
 * the proxy that lets a test cut it off ({@link TestPostgres#outage()}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    TestPostgres.Database db = TestPostgres.proxied();
    return Map.of(
        "quarkus.datasource.jdbc.url", db.jdbcUrl(),
        "quarkus.datasource.username", db.username(),
        "quarkus.datasource.password", db.password());
  }

  @Override
  public void stop() {
    // Shared by every test of the JVM; stopped when the JVM exits.
  }
}
