package io.rollcall.attendance.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.attendance.domain.Erasure;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.ErasureRepository;
import io.rollcall.attendance.repository.ErasureRepository.Marker;
import io.rollcall.events.ErasureApplied;
import io.rollcall.events.PersonErased;
import io.rollcall.outbox.ErasureReports;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Erases a person of a tenant from attendance-service ({@link PersonErased}, docs/tenants.md,
 * "Erasure"), in one transaction: remembers them as {@link Erasure#refHash} (never the ref) and
 * their connections by Zoom ids; deletes their connections and waiting marks, or, when the tenant
 * keeps anonymous totals, empties every personal column of them and leaves them as one anonymous
 * attendee per instance ({@code ref: null}, method {@code none}, {@code erased: true}) with the
 * same attended time; forgets the ref where other people's connections mention it; deletes their
 * invitee links and the outbox messages that name them; and reports the counts as {@link
 * ErasureApplied} through the outbox. Idempotent: an erasure already applied (same erasure id) is
 * skipped.
 */
@ApplicationScoped
public class ErasureService {

  /** The name this service reports under. */
  public static final String SERVICE = "attendance-service";

  private static final Logger LOG = Logger.getLogger(ErasureService.class);

  private final ErasureRepository erasures;
  private final ErasureReports outbox;
  private final Tenants tenants;
  private final Clock clock;

  /** The outbox topics whose payloads can name a person (attendance changes, assignments). */
  private final List<String> outboxTopics;

  private final Counter applied;

  public ErasureService(
      ErasureRepository erasures,
      ErasureReports outbox,
      Tenants tenants,
      Clock clock,
      MeterRegistry meters,
      @ConfigProperty(name = "rollcall.topic.attendance") String attendanceTopic,
      @ConfigProperty(name = "rollcall.topic.assignments") String assignmentsTopic) {
    this.erasures = erasures;
    this.outbox = outbox;
    this.tenants = tenants;
    this.clock = clock;
    this.outboxTopics = List.of(attendanceTopic, assignmentsTopic);
    this.applied = meters.counter("rollcall.attendance.erasures", "outcome", "applied");
  }

  /**
   * Applies the erasure.
   *
   * @return what was erased, by kind; empty when this erasure had been applied before
   */
  @Transactional
  public Optional<ErasureApplied> apply(PersonErased request) {
    erasures.lockExclusive();
    String tenant = tenants.idOf(request.tenant());
    String ref = request.ref();
    String hash = Erasure.refHash(tenant, ref);
    if (erasures.erasureOf(hash).filter(request.erasureId()::equals).isPresent()) {
      return Optional.empty();
    }
    Marker marker = new Marker(request.erasureId(), request.keepAnonymousTotals());
    erasures.markPerson(hash, tenant, marker);
    List<ConnectionKey> connections = erasures.connectionsOf(tenant, ref);
    Map<ConnectionKey, Marker> markers = new LinkedHashMap<>();
    connections.forEach(key -> markers.put(key, marker));
    erasures.markConnections(tenant, markers);
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (request.keepAnonymousTotals()) {
      Map<ConnectionKey, String> anonymous = new LinkedHashMap<>();
      connections.forEach(key -> anonymous.put(key, request.erasureId()));
      counts.put("connections_anonymized", erasures.anonymize(anonymous));
    } else {
      counts.putAll(erasures.delete(connections));
    }
    counts.put("mentions", erasures.forgetMentions(tenant, ref));
    counts.put("links", erasures.deleteLinks(tenant, ref, request.linkIds()));
    counts.put(
        "outbox_messages",
        erasures.deleteOutboxMessages(
            tenant, tenants.defaultTenant().accountId(), ref, connections, outboxTopics));
    ErasureApplied report =
        ErasureApplied.of(
            request.erasureId(),
            tenant,
            SERVICE,
            counts,
            Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    outbox.add(report);
    applied.increment();
    LOG.infof("erasure %s applied: %s", request.erasureId(), counts);
    return Optional.of(report);
  }
}
