package io.rollcall.attendance.repository.entity;

import io.rollcall.attendance.domain.ConnectionState;
import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ResolutionMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code connection} (schema: Flyway V1, V3–V7): the stored facts of one Zoom connection
 * of an instance, the report's apart from the webhooks' (V6), and the identity its highest revision
 * carried, with an operator's assignment when one decided it (V7).
 */
@Entity
@Table(name = "connection")
@IdClass(ConnectionEntity.Key.class)
public class ConnectionEntity {
  /** The primary key (instance uuid, connection id). */
  public record Key(String instanceUuid, String connectionId) implements Serializable {}

  @Id
  @Column(name = "instance_uuid")
  public String instanceUuid;

  @Id
  @Column(name = "connection_id")
  public String connectionId;

  @Column(name = "chain_key", nullable = false)
  public String chainKey;

  @Column(name = "joined_at")
  public Instant joinedAt;

  @Column(name = "left_at")
  public Instant leftAt;

  @Column(name = "leave_reason")
  public String leaveReason;

  @Column(name = "reported_name")
  public String reportedName;

  @Column(name = "name_from_join", nullable = false)
  public boolean nameFromJoin;

  /** The invitee or link reference; null while unresolved. */
  @Column(name = "ref")
  public String ref;

  /** {@link LinkRole} name. */
  @Column(name = "role")
  public String role;

  @Column(name = "name")
  public String name;

  @Column(name = "email")
  public String email;

  /** {@link ResolutionMethod} name. */
  @Column(name = "method", nullable = false)
  public String method;

  /** {@link Confidence} name. */
  @Column(name = "confidence", nullable = false)
  public String confidence;

  /** {@link Flag} names, sorted. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "flags", nullable = false)
  public String[] flags;

  @Column(name = "revision", nullable = false)
  public int revision;

  /** Zoom's {@code breakout_room_uuid}; null in the main room. */
  @Column(name = "breakout_room_uuid")
  public String breakoutRoomUuid;

  /** The owner's ref of the link a connection used without being its owner; else null. */
  @Column(name = "via_link_of")
  public String viaLinkOf;

  /** The earliest join of the connection's rows in Zoom's participants report (V6). */
  @Column(name = "report_joined_at")
  public Instant reportJoinedAt;

  /** The latest leave of the connection's rows in the report (V6). */
  @Column(name = "report_left_at")
  public Instant reportLeftAt;

  /** The name on the connection's report rows (V6). */
  @Column(name = "report_name")
  public String reportName;

  /** Who made the assignment in force (an API key's id); null when the evidence decided (V7). */
  @Column(name = "assigned_by")
  public String assignedBy;

  @Column(name = "assignment_reason")
  public String assignmentReason;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  /** What the evidence alone resolves the connection to, beside an assignment (V7). */
  @Column(name = "evidence_ref")
  public String evidenceRef;

  /** {@link ResolutionMethod} name, beside an assignment. */
  @Column(name = "evidence_method")
  public String evidenceMethod;

  /** {@link Confidence} name, beside an assignment. */
  @Column(name = "evidence_confidence")
  public String evidenceConfidence;

  /** The domain state of this row. */
  public ConnectionState toDomain() {
    Identity identity =
        new Identity(
            ref,
            role == null ? null : LinkRole.valueOf(role),
            name,
            email,
            ResolutionMethod.valueOf(method),
            Confidence.valueOf(confidence),
            viaLinkOf,
            assignment());
    return new ConnectionState(
        connectionId,
        chainKey,
        joinedAt,
        leftAt,
        leaveReason,
        reportedName,
        nameFromJoin,
        identity,
        flagSet(flags),
        revision,
        breakoutRoomUuid,
        reportJoinedAt,
        reportLeftAt,
        reportName);
  }

  /** The assignment in force, with the evidence's ref, method and confidence; null if none. */
  private Assignment assignment() {
    if (assignedBy == null) {
      return null;
    }
    ResolutionMethod evidence =
        evidenceMethod == null ? ResolutionMethod.NONE : ResolutionMethod.valueOf(evidenceMethod);
    return new Assignment(
        assignedBy,
        assignmentReason,
        assignedAt,
        new Identity(
            evidenceRef,
            null,
            null,
            null,
            evidence,
            evidenceConfidence == null
                ? evidence.confidence()
                : Confidence.valueOf(evidenceConfidence)));
  }

  private static Set<Flag> flagSet(String[] names) {
    EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
    if (names != null) {
      for (String n : names) {
        set.add(Flag.valueOf(n));
      }
    }
    return set;
  }
}
