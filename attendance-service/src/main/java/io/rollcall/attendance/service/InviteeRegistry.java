package io.rollcall.attendance.service;

import io.rollcall.attendance.repository.InviteeLinkRepository;
import io.rollcall.events.LinkEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The links Rollcall issued per meeting, kept from {@code rollcall.links.v1}: an operator may
 * assign a connection only to someone holding an issued link of that meeting (host included).
 */
@ApplicationScoped
public class InviteeRegistry {

  private final InviteeLinkRepository links;

  public InviteeRegistry(InviteeLinkRepository links) {
    this.links = links;
  }

  /** Stores a batch of link states in one transaction; older states than the stored one lose. */
  @Transactional
  public void applyAll(List<LinkEvent> batch) {
    links.upsertAll(batch);
  }

  /** Whether {@code ref} holds an issued link of the meeting. */
  public boolean isInvitee(String meetingId, String ref) {
    return links.hasIssuedLink(meetingId, ref);
  }
}
