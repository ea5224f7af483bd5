package io.rollcall.meeting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.support.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tables {@code erasure} (the erasures meeting-service carried out, the person named only by a
 * digest of tenant and ref) and {@code erasure_report} (what each service reported it erased), and
 * the outbox rows that still hold a link's personal data. SQL: no entity is worth having for them.
 * Every method joins the caller's transaction, or runs in one of its own when there is none.
 */
@ApplicationScoped
@Transactional
public class ErasureRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};

  private final EntityManager em;

  public ErasureRepository(EntityManager em) {
    this.em = em;
  }

  /** An erasure as recorded: its id, tenant and when it was carried out. */
  public record Erasure(String erasureId, String tenant, Instant requestedAt) {}

  /** One service's report: counts by kind of record, and when it applied the erasure. */
  public record Report(String service, Map<String, Integer> counts, Instant appliedAt) {}

  /** Records an erasure of the person whose digest is {@code refDigest}. */
  public void insert(String erasureId, String tenant, String refDigest, Instant requestedAt) {
    NativeSql.update(
        em,
        "INSERT INTO erasure (erasure_id, tenant, ref_digest, requested_at) VALUES (?1, ?2, ?3, ?4)",
        erasureId,
        tenant,
        refDigest,
        requestedAt);
  }

  /** The tenant's latest erasure of the person whose digest is {@code refDigest}. */
  public Optional<Erasure> latest(String tenant, String refDigest) {
    List<Object[]> rows =
        NativeSql.query(
            em,
            "SELECT erasure_id, tenant, requested_at FROM erasure WHERE tenant = ?1"
                + " AND ref_digest = ?2 ORDER BY requested_at DESC LIMIT 1",
            tenant,
            refDigest);
    return rows.stream()
        .findFirst()
        .map(r -> new Erasure((String) r[0], (String) r[1], instant(r[2])));
  }

  /** Which of {@code refDigests} name a person the tenant has erased. */
  public Set<String> erased(String tenant, Collection<String> refDigests) {
    if (refDigests.isEmpty()) {
      return Set.of();
    }
    List<String> digests =
        NativeSql.query(
            em,
            "SELECT ref_digest FROM erasure WHERE tenant = ?1 AND ref_digest IN (?2)",
            tenant,
            refDigests);
    return Set.copyOf(digests);
  }

  /**
   * Records (or replaces) {@code service}'s report for an erasure; a report older than the one held
   * is ignored.
   */
  public void report(
      String erasureId,
      String service,
      String tenant,
      Map<String, Integer> counts,
      Instant appliedAt) {
    NativeSql.update(
        em,
        "INSERT INTO erasure_report (erasure_id, service, tenant, counts, applied_at)"
            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (erasure_id, service) DO UPDATE SET"
            + " counts = excluded.counts, applied_at = excluded.applied_at"
            + " WHERE erasure_report.applied_at <= excluded.applied_at",
        erasureId,
        service,
        tenant,
        json(counts),
        appliedAt);
  }

  /** Every service's report for an erasure of {@code tenant}, by service name. */
  public Map<String, Report> reports(String tenant, String erasureId) {
    List<Object[]> rows =
        NativeSql.query(
            em,
            "SELECT service, counts, applied_at FROM erasure_report WHERE erasure_id = ?1"
                + " AND tenant = ?2 ORDER BY service",
            erasureId,
            tenant);
    Map<String, Report> reports = new LinkedHashMap<>();
    for (Object[] r : rows) {
      reports.put((String) r[0], new Report((String) r[0], counts((String) r[1]), instant(r[2])));
    }
    return reports;
  }

  /**
   * Deletes the outbox rows of these links on {@code topic} (their events carry the person's email
   * and names, published or not; the tombstones written after them replace them on the topic).
   *
   * @return how many were deleted
   */
  public int deleteOutboxRows(String topic, List<String> linkIds) {
    if (linkIds.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "delete from OutboxMessage m where m.topic = :topic and m.messageKey in :keys")
        .setParameter("topic", topic)
        .setParameter("keys", linkIds)
        .executeUpdate();
  }

  private static String json(Map<String, Integer> counts) {
    try {
      return JSON.writeValueAsString(counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Integer> counts(String json) {
    try {
      return JSON.readValue(json, COUNTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("erasure_report.counts is not a JSON object of counts", e);
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
