package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum LinkStatus {
  @JsonProperty("issued")
  ISSUED,
  @JsonProperty("revoked")
  REVOKED
}
