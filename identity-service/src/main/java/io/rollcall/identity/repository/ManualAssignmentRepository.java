package io.rollcall.identity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rollcall.identity.domain.ManualAssignment;
import io.rollcall.identity.repository.entity.ManualAssignmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Operators' assignments and withdrawals per instance (table {@code manual_assignment}). */
@ApplicationScoped
public class ManualAssignmentRepository
    implements PanacheRepositoryBase<ManualAssignmentEntity, String> {

  /** Stores one message of the instance (the caller has made sure it is new). */
  public void add(String instanceUuid, String meetingId, ManualAssignment assignment) {
    ManualAssignmentEntity row = new ManualAssignmentEntity();
    row.eventId = assignment.eventId();
    row.instanceUuid = instanceUuid;
    row.meetingId = meetingId;
    row.connectionId = assignment.connectionId();
    row.ref = assignment.ref();
    row.reason = assignment.reason();
    row.assignedBy = assignment.assignedBy();
    row.assignedAt = assignment.assignedAt();
    persist(row);
  }

  /** Every message of the instance, in no particular order. */
  public List<ManualAssignment> forInstance(String instanceUuid) {
    return find("instanceUuid", instanceUuid).stream()
        .map(
            r ->
                new ManualAssignment(
                    r.eventId, r.connectionId, r.ref, r.reason, r.assignedBy, r.assignedAt))
        .toList();
  }
}
