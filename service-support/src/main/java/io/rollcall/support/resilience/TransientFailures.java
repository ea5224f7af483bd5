package io.rollcall.support.resilience;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Tells a failure that can pass (a dependency away or busy) from one that will recur on every try
 * (the message itself is wrong, or the code cannot handle it). The decision is made from the
 * failure alone, never from how often it happened: a consumer pauses and retries a transient
 * failure for as long as it lasts, and dead-letters a permanent one at once.
 *
 * <p>Transient, anywhere in the cause chain (suppressed exceptions included):
 *
 * <ul>
 *   <li>{@link SQLException} whose SQLSTATE class says so (PostgreSQL, Appendix A "Error Codes"):
 *       {@code 08} connection exception, {@code 40001} serialization failure, {@code 40P01}
 *       deadlock, {@code 53} insufficient resources (too many connections, out of memory or disk),
 *       {@code 55P03} lock not available, {@code 57014} statement timeout or cancel, {@code 57P0x}
 *       server shutting down or starting, {@code 58} system error (I/O);
 *   <li>{@link SQLTransientException} and {@link SQLRecoverableException} (JDBC 4's own split);
 *   <li>Agroal's pool saying it could not hand out a connection in time ({@code "Sorry, acquisition
 *       timeout!"}) or that the transaction of a connection ended under it (the transaction reaper
 *       rolled it back: {@code "Enlisted connection used without active transaction"}); Agroal
 *       throws both as plain {@code SQLException}s without SQLSTATE, so only their text tells;
 *   <li>network failures: {@link ConnectException}, {@link SocketException}, {@link
 *       SocketTimeoutException}, {@link UnknownHostException};
 *   <li>timeouts: {@link TimeoutException} (Mutiny's included);
 *   <li>Kafka's {@code RetriableException} (broker away, leader moving, timeouts);
 *   <li>JTA's {@code RollbackException} and {@code SystemException} (the transaction manager rolled
 *       back, e.g. the reaper after the transaction timeout).
 * </ul>
 *
 * <p>Everything else is permanent: a {@code MalformedEventException}, a constraint violation
 * ({@code 23}), invalid data ({@code 22}), a programming error.
 */
public final class TransientFailures implements Predicate<Throwable> {

  private static final Set<String> TRANSIENT_SQL_STATES =
      Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03", "57P04", "57P05");
  private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "58");
  private static final Set<String> AGROAL_TRANSIENT_MESSAGES =
      Set.of("Sorry, acquisition timeout!", "Enlisted connection used without active transaction");
  // By name: this module does not depend on the Kafka client or a JTA implementation.
  private static final Set<String> TRANSIENT_TYPES =
      Set.of(
          "org.apache.kafka.common.errors.RetriableException",
          "jakarta.transaction.RollbackException",
          "jakarta.transaction.SystemException");

  /** {@link #isTransient} as a predicate, for SmallRye Fault Tolerance's {@code whenException}. */
  @Override
  public boolean test(Throwable failure) {
    return isTransient(failure);
  }

  /** True when {@code failure} or anything it wraps says that trying again later may work. */
  public static boolean isTransient(Throwable failure) {
    return chain(failure).stream().anyMatch(TransientFailures::transientItself);
  }

  /**
   * One line on what went wrong, for logs and health data: the innermost cause's type and message
   * (SQLSTATE included). Transient failures are about connections and locks, not about people, so
   * their messages carry no personal data.
   */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String state =
        root instanceof SQLException sql && sql.getSQLState() != null
            ? " [SQLSTATE " + sql.getSQLState() + "]"
            : "";
    String message = root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
    return root.getClass().getSimpleName() + state + message;
  }

  private static boolean transientItself(Throwable t) {
    if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && state.length() == 5) {
        return TRANSIENT_SQL_STATES.contains(state)
            || TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2));
      }
      return AGROAL_TRANSIENT_MESSAGES.contains(sql.getMessage());
    }
    if (t instanceof SocketException
        || t instanceof SocketTimeoutException
        || t instanceof UnknownHostException
        || t instanceof TimeoutException) {
      return true;
    }
    for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
      if (TRANSIENT_TYPES.contains(type.getName())) {
        return true;
      }
    }
    return false;
  }

  /** The failure, its causes and their suppressed exceptions, each once. */
  private static Set<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.push(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (t == null || !seen.add(t)) {
        continue;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        todo.push(suppressed);
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        todo.push(sql.getNextException());
      }
    }
    return seen;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
