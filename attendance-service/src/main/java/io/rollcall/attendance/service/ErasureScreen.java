package io.rollcall.attendance.service;

import io.rollcall.attendance.domain.Erasure;
import io.rollcall.attendance.messaging.ParticipantMessageReader;
import io.rollcall.attendance.repository.ConnectionRepository.ConnectionKey;
import io.rollcall.attendance.repository.ErasureRepository;
import io.rollcall.attendance.repository.ErasureRepository.Marker;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Identity;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps erased people out of the projection: a batch's participant messages pass through here
 * before they are applied, live or replayed by a rebuild (docs/tenants.md, "Erasure"). A message of
 * an erased person (by the ref it resolves to, or because its connection was theirs) is made
 * anonymous when their tenant keeps anonymous totals and dropped otherwise ({@link Erasure}); a
 * connection newly found to be an erased person's is remembered, and what is stored of it emptied
 * or deleted. Other messages lose only the erased refs they mention beside their own person.
 */
@ApplicationScoped
public class ErasureScreen {

  private final ErasureRepository erasures;
  private final Tenants tenants;
  private final List<String> outboxTopics;

  public ErasureScreen(
      ErasureRepository erasures,
      Tenants tenants,
      @ConfigProperty(name = "rollcall.topic.attendance") String attendanceTopic,
      @ConfigProperty(name = "rollcall.topic.assignments") String assignmentsTopic) {
    this.erasures = erasures;
    this.tenants = tenants;
    this.outboxTopics = List.of(attendanceTopic, assignmentsTopic);
  }

  /**
   * The messages to apply, in order, in the caller's transaction (which holds the erasure lock
   * shared from here on).
   */
  public List<ParticipantMessage> screen(List<ParticipantMessage> messages) {
    Set<String> hashes = new HashSet<>();
    Set<ConnectionKey> keys = new HashSet<>();
    for (ParticipantMessage m : messages) {
      Identity identity = identity(m);
      if (identity != null) {
        String tenant = tenantOf(m);
        keys.add(keyOf(m));
        refs(identity).forEach(ref -> hashes.add(Erasure.refHash(tenant, ref)));
      }
    }
    if (keys.isEmpty()) {
      return messages;
    }
    erasures.lockShared();
    Map<String, Marker> persons = erasures.persons(hashes);
    Map<ConnectionKey, Marker> connections = new HashMap<>(erasures.connections(keys));
    if (persons.isEmpty() && connections.isEmpty()) {
      return messages;
    }
    Map<String, Map<ConnectionKey, Marker>> newlyErased = new LinkedHashMap<>();
    List<ParticipantMessage> kept = new ArrayList<>();
    for (ParticipantMessage m : messages) {
      Identity identity = identity(m);
      if (identity == null) {
        kept.add(m);
        continue;
      }
      String tenant = tenantOf(m);
      ConnectionKey key = keyOf(m);
      Marker marker = connections.get(key);
      if (marker == null && identity.ref() != null) {
        marker = persons.get(Erasure.refHash(tenant, identity.ref()));
        if (marker != null) {
          connections.put(key, marker);
          newlyErased.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).put(key, marker);
        }
      }
      if (marker == null) {
        kept.add(withoutErasedRefs(m, ref -> persons.containsKey(Erasure.refHash(tenant, ref))));
      } else if (marker.keepAnonymousTotals()) {
        kept.add(anonymous(m, marker.erasureId()));
      }
    }
    newlyErased.forEach(this::forgetStored);
    return kept;
  }

  /** Remembers connections newly found to be erased people's, and erases what is stored of them. */
  private void forgetStored(String tenant, Map<ConnectionKey, Marker> connections) {
    erasures.markConnections(tenant, connections);
    Map<ConnectionKey, String> anonymous = new LinkedHashMap<>();
    List<ConnectionKey> deleted = new ArrayList<>();
    connections.forEach(
        (key, marker) -> {
          if (marker.keepAnonymousTotals()) {
            anonymous.put(key, marker.erasureId());
          } else {
            deleted.add(key);
          }
        });
    erasures.anonymize(anonymous);
    erasures.delete(deleted);
    erasures.deleteOutboxMessages(
        tenant, tenants.defaultTenant().accountId(), null, connections.keySet(), outboxTopics);
  }

  private String tenantOf(ParticipantMessage message) {
    return tenants.idOf(ParticipantMessageReader.tenant(message));
  }

  /** The identity a participant event or correction carries; null for other messages. */
  private static Identity identity(ParticipantMessage message) {
    if (message instanceof ParticipantEvent event) {
      return event.identity() == null ? Identity.unresolved() : event.identity();
    } else if (message instanceof ConnectionCorrected correction) {
      return correction.identity();
    }
    return null;
  }

  private static ConnectionKey keyOf(ParticipantMessage message) {
    String connectionId =
        message instanceof ParticipantEvent event
            ? event.connectionId()
            : ((ConnectionCorrected) message).connectionId();
    return new ConnectionKey(message.instanceUuid(), connectionId);
  }

  /** Every ref the identity names: its person's, a forwarded link's owner, overridden evidence. */
  private static List<String> refs(Identity identity) {
    List<String> refs = new ArrayList<>(3);
    if (identity.ref() != null) {
      refs.add(identity.ref());
    }
    if (identity.viaLinkOf() != null) {
      refs.add(identity.viaLinkOf());
    }
    if (identity.assignment() != null
        && identity.assignment().evidence() != null
        && identity.assignment().evidence().ref() != null) {
      refs.add(identity.assignment().evidence().ref());
    }
    return refs;
  }

  private static ParticipantMessage anonymous(ParticipantMessage message, String erasureId) {
    return message instanceof ParticipantEvent event
        ? Erasure.anonymous(event, erasureId)
        : Erasure.anonymous((ConnectionCorrected) message);
  }

  private static ParticipantMessage withoutErasedRefs(
      ParticipantMessage message, Predicate<String> erased) {
    if (message instanceof ParticipantEvent event) {
      Identity identity = Erasure.withoutErasedRefs(event.identity(), erased);
      return identity == event.identity() ? event : Erasure.withIdentity(event, identity);
    }
    ConnectionCorrected correction = (ConnectionCorrected) message;
    Identity identity = Erasure.withoutErasedRefs(correction.identity(), erased);
    return identity == correction.identity()
        ? correction
        : Erasure.withIdentity(correction, identity);
  }
}
