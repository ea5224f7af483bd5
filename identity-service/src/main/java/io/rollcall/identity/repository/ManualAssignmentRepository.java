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
  public void add(
      String instanceUuid, String meetingId, String tenant, ManualAssignment assignment) {
    ManualAssignmentEntity row = new ManualAssignmentEntity();
    row.eventId = assignment.eventId();
    row.instanceUuid = instanceUuid;
    row.meetingId = meetingId;
    row.tenant = tenant;
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

  /** The meetings where the tenant assigned someone to {@code ref}. */
  public java.util.List<String> meetingsAssigning(String tenant, String ref) {
    return io.rollcall.support.persistence.NativeSql.<String>query(
        getEntityManager(),
        "SELECT DISTINCT meeting_id FROM manual_assignment WHERE tenant = ? AND ref = ?",
        tenant,
        ref);
  }

  /**
   * Deletes the tenant's assignments of {@code ref} (an erased person: nobody is assigned to them
   * any more).
   *
   * @return the instances whose assignments were deleted
   */
  public java.util.Set<String> deleteAssignmentsOf(String tenant, String ref) {
    return new java.util.HashSet<>(
        io.rollcall.support.persistence.NativeSql.<String>query(
            getEntityManager(),
            "DELETE FROM manual_assignment WHERE tenant = ? AND ref = ? RETURNING instance_uuid",
            tenant,
            ref));
  }
}
