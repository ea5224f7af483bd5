package io.rollcall.attendance.service;

import io.rollcall.attendance.repository.InviteeLinkRepository;
import io.rollcall.events.LinkEvent;
import io.rollcall.support.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links Rollcall issued per meeting, kept from {@code rollcall.links.v1}: an operator may
 * assign a connection only to someone holding an issued link of that meeting (host included), of
 * the same tenant. A tombstone of the compacted topic (null value, key the link id: the person was
 * erased) deletes the link.
 */
@ApplicationScoped
public class InviteeRegistry {

  /**
   * One record of the links topic: the link's state, or null for a tombstone.
   *
   * @param linkId the record's key
   */
  public record LinkRecord(String linkId, LinkEvent state) {}

  private final InviteeLinkRepository links;
  private final Tenants tenants;

  public InviteeRegistry(InviteeLinkRepository links, Tenants tenants) {
    this.links = links;
    this.tenants = tenants;
  }

  /**
   * Stores a batch of the topic in one transaction: per link, the batch's last record decides (a
   * tombstone deletes; a state is stored unless the stored one is newer).
   */
  @Transactional
  public void applyAll(List<LinkRecord> batch) {
    Map<String, LinkRecord> last = new LinkedHashMap<>();
    for (LinkRecord record : batch) {
      String id = record.state() != null ? record.state().linkId() : record.linkId();
      if (id != null) {
        last.remove(id);
        last.put(id, record);
      }
    }
    List<String> deleted = new ArrayList<>();
    List<LinkEvent> states = new ArrayList<>();
    for (Map.Entry<String, LinkRecord> e : last.entrySet()) {
      if (e.getValue().state() == null) {
        deleted.add(e.getKey());
      }
    }
    // Every state of a link whose last record is no tombstone: the newest wins in the statement.
    for (LinkRecord record : batch) {
      LinkEvent state = record.state();
      if (state != null && last.get(state.linkId()).state() != null) {
        states.add(state);
      }
    }
    links.deleteAll(deleted);
    links.upsertAll(states, tenants::idOf);
  }

  /** Whether {@code ref} of the tenant holds an issued link of the tenant's meeting. */
  public boolean isInvitee(String tenant, String meetingId, String ref) {
    return links.hasIssuedLink(tenant, meetingId, ref);
  }
}
