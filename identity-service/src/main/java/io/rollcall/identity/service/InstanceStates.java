package io.rollcall.identity.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rollcall.identity.config.IdentityConfig;
import io.rollcall.identity.domain.InstanceResolution;
import io.rollcall.identity.repository.ConnectionStateRepository;
import io.rollcall.identity.repository.LinkRepository;
import io.rollcall.identity.repository.ManualAssignmentRepository;
import io.rollcall.identity.repository.ObservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The working state of recently active instances, kept in memory so that an event costs what its
 * evidence touches instead of a reload of the instance. Bounded by the number of events held
 * ({@code rollcall.identity.cache.max-observations}); the least recently used instances go first
 * and are rebuilt from PostgreSQL when they are needed again.
 *
 * <p>Always consistent with the committed state: {@link #open} bumps the instance's version in the
 * caller's transaction and rebuilds the cached copy when it reflects another version (a restart, an
 * eviction, another replica's work, or a rolled-back transaction that had changed it). Callers hold
 * the meeting's advisory lock, so one instance is worked on by one transaction at a time.
 */
@ApplicationScoped
public class InstanceStates {
  /** An instance's state for one transaction; {@code rebuilt} when it was (re)loaded. */
  record Opened(InstanceState state, boolean rebuilt) {}

  private final LinkedHashMap<String, InstanceState> cache = new LinkedHashMap<>(64, 0.75f, true);
  // Events held by the cached states as last counted; kept up to date on every open so that the
  // bound costs O(1) per event (summing over all states showed in profiles at 100 meetings).
  private long held;
  private final LinkRepository links;
  private final ObservationRepository observations;
  private final ManualAssignmentRepository assignments;
  private final ConnectionStateRepository states;
  private final long maxObservations;
  private final Counter hits;
  private final Counter rebuilds;

  public InstanceStates(
      LinkRepository links,
      ObservationRepository observations,
      ManualAssignmentRepository assignments,
      ConnectionStateRepository states,
      IdentityConfig config,
      MeterRegistry meters) {
    this.links = links;
    this.observations = observations;
    this.assignments = assignments;
    this.states = states;
    this.maxObservations = config.cache().maxObservations();
    this.hits = meters.counter("rollcall.identity.instance.cache", "outcome", "hit");
    this.rebuilds = meters.counter("rollcall.identity.instance.cache", "outcome", "rebuild");
    meters.gaugeMapSize("rollcall.identity.instance.cache.size", java.util.List.of(), cache);
  }

  /**
   * The instance's current state, for changes in the caller's transaction (which must hold the
   * meeting's lock and has just bumped the instance's version to {@code version}, {@link
   * io.rollcall.identity.repository.InstanceVersions#bumpAll}); opened once per transaction. The
   * state is the committed one plus whatever this transaction applies to it. Only the links of the
   * instance's {@code tenant} take part in its resolution.
   */
  Opened open(String meetingId, String instanceUuid, String tenant, long version) {
    InstanceState state;
    synchronized (this) {
      state = cache.get(instanceUuid);
    }
    boolean rebuilt = state == null || state.version != version - 1;
    if (rebuilt) {
      rebuilds.increment();
      state =
          new InstanceState(
              InstanceResolution.of(
                  links.registry(meetingId, tenant),
                  observations.forInstance(instanceUuid),
                  assignments.forInstance(instanceUuid)),
              states.forInstance(instanceUuid),
              version);
    } else {
      hits.increment();
    }
    state.version = version;
    synchronized (this) {
      InstanceState replaced = cache.put(instanceUuid, state);
      if (replaced != null && replaced != state) {
        held -= replaced.counted;
        replaced.counted = 0;
      }
      recount(instanceUuid, state);
    }
    return new Opened(state, rebuilt);
  }

  /**
   * Counts the events {@code state} holds now (after the caller applied one) towards the bound, and
   * drops the least recently used other instances beyond it.
   */
  synchronized void recount(String instanceUuid, InstanceState state) {
    int now = state.resolution.observationCount();
    held += now - state.counted;
    state.counted = now;
    evictBeyondBound(instanceUuid);
  }

  /**
   * Forgets the cached state of these instances, so that their next {@link #open} rebuilds them
   * from the database (after an erasure changed their rows underneath).
   */
  synchronized void forget(java.util.Collection<String> instanceUuids) {
    for (String instanceUuid : instanceUuids) {
      InstanceState removed = cache.remove(instanceUuid);
      if (removed != null) {
        held -= removed.counted;
        removed.counted = 0;
      }
    }
  }

  /** Forgets every cached instance (tests; a rebuild then reloads from the database). */
  synchronized void clear() {
    cache.clear();
    held = 0;
  }

  /** Events held by the cached states (as counted when each was last opened). */
  synchronized long held() {
    return held;
  }

  private void evictBeyondBound(String keep) {
    Iterator<Map.Entry<String, InstanceState>> oldestFirst = cache.entrySet().iterator();
    while (held > maxObservations && oldestFirst.hasNext()) {
      Map.Entry<String, InstanceState> entry = oldestFirst.next();
      if (!entry.getKey().equals(keep)) {
        held -= entry.getValue().counted;
        entry.getValue().counted = 0;
        oldestFirst.remove();
      }
    }
  }
}
