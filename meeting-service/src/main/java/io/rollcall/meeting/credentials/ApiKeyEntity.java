package io.rollcall.meeting.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A row of {@code api_key}: a created API key, hashed (V7). */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {
  @Id
  @Column(name = "key_id")
  public String keyId;

  @Column(nullable = false)
  public String tenant;

  @Column(nullable = false)
  public String sha256;

  /** Comma-separated scope names. */
  @Column(nullable = false)
  public String scopes;

  public String label;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  /** The scopes as a list, in the order stored. */
  public List<String> scopeList() {
    return Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).toList();
  }
}
