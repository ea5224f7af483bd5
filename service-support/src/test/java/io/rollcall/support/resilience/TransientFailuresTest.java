package io.rollcall.support.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  @Test
  void aRefusedDatabaseConnectionFromTheRealDriverIsTransient() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SQLException refused = null;
    try {
      DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + closedPort + "/x", "u", "p");
    } catch (SQLException e) {
      refused = e;
    }
    assertThat((Object) refused).isNotNull();
    RuntimeException wrapped = new IllegalStateException("cannot run: INSERT", refused);
    assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    assertThat(TransientFailures.describe(wrapped)).contains("ConnectException");
  }

  @Test
  void sqlStatesThatPassAreTransient() {
    for (String state :
        new String[] {"08006", "08001", "40001", "40P01", "53300", "57P01", "55P03"}) {
      assertThat(TransientFailures.isTransient(new SQLException("x", state))).as(state).isTrue();
    }
  }

  @Test
  void constraintViolationsAndBadDataArePermanent() {
    assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(TransientFailures.isTransient(new SQLException("invalid input", "22P02"))).isFalse();
    assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
  }

  @Test
  void agroalPoolExhaustionAndAReapedTransactionAreTransient() {
    assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!")))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new RuntimeException(
                    new SQLException("Enlisted connection used without active transaction"))))
        .isTrue();
  }

  @Test
  void jdbcTransientTypesNetworkAndTimeoutsAreTransient() {
    assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("x"))).isTrue();
    assertThat(TransientFailures.isTransient(new UncheckedIOException(new ConnectException())))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new IllegalStateException(new java.util.concurrent.TimeoutException())))
        .isTrue();
  }

  @Test
  void kafkaRetriableErrorsAreTransientOthersAreNot() {
    assertThat(TransientFailures.isTransient(new NotLeaderOrFollowerException("moving"))).isTrue();
    assertThat(TransientFailures.isTransient(new RecordTooLargeException("big"))).isFalse();
  }

  @Test
  void aSuppressedTransientCauseCounts() {
    IllegalStateException outer = new IllegalStateException("rollback failed");
    outer.addSuppressed(new SQLException("gone", "08003"));
    assertThat(TransientFailures.isTransient(outer)).isTrue();
  }

  @Test
  void programmingErrorsAndMalformedInputArePermanent() {
    assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad json"))).isFalse();
  }

  @Test
  void aCyclicCauseChainEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(TransientFailures.isTransient(a)).isFalse();
  }
}
