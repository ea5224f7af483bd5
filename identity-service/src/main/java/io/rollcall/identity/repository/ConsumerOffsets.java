package io.rollcall.identity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Consumed positions stored in the same transaction as the state they produced. */
@ApplicationScoped
public class ConsumerOffsets {
  private final Jdbc jdbc;

  public ConsumerOffsets(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  public void advance(String topic, int partition, long nextOffset) {
    jdbc.update(
        "INSERT INTO consumer_offset (topic, partition, next_offset) VALUES (?, ?, ?)"
            + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset ="
            + " GREATEST(consumer_offset.next_offset, EXCLUDED.next_offset)",
        topic,
        partition,
        nextOffset);
  }

  @Transactional
  public OptionalLong next(String topic, int partition) {
    List<Long> rows =
        jdbc.query(
            "SELECT next_offset FROM consumer_offset WHERE topic = ? AND partition = ?",
            row -> row.getLong(1),
            topic,
            partition);
    return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
  }
}
