package io.rollcall.simulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One registration of one person to one meeting, with its unique link token ({@code tk}). */
public final class Registrant {

  private final String id;
  private final String email;
  private final String firstName;
  private final String lastName;
  private final String token;
  private final int pinCode;
  private final Instant createTime;
  private final ObjectNode extra;
  private volatile RegistrantStatus status;

  public Registrant(
      String id,
      String email,
      String firstName,
      String lastName,
      String token,
      int pinCode,
      Instant createTime,
      ObjectNode extra,
      RegistrantStatus status) {
    this.id = id;
    this.email = email;
    this.firstName = firstName;
    this.lastName = lastName;
    this.token = token;
    this.pinCode = pinCode;
    this.createTime = createTime;
    this.extra = extra;
    this.status = status;
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String displayName() {
    return (firstName + " " + (lastName == null ? "" : lastName)).trim();
  }

  public String token() {
    return token;
  }

  public int pinCode() {
    return pinCode;
  }

  public Instant createTime() {
    return createTime;
  }

  /** Optional registration fields (address, org, custom_questions...), echoed back as given. */
  public ObjectNode extra() {
    return extra;
  }

  public RegistrantStatus status() {
    return status;
  }

  public void status(RegistrantStatus status) {
    this.status = status;
  }

  /** Zoom withholds the join_url while the registrant is pending manual approval. */
  public boolean hasUsableLink() {
    return status == RegistrantStatus.APPROVED;
  }
}
