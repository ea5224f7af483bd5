package io.rollcall.meeting.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code link_click}: one use of a tracked link. */
@Entity
@Table(name = "link_click")
public class LinkClickEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "link_id", nullable = false)
  public String linkId;

  @Column(name = "clicked_at", nullable = false)
  public Instant clickedAt;

  /** The browser's User-Agent, at most 300 characters. */
  @Column(name = "user_agent")
  public String userAgent;

  /** The tenant (Zoom account id) of the link. */
  @Column(nullable = false)
  public String tenant;
}
