package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum LinkRole {
  @JsonProperty("invitee")
  INVITEE,
  @JsonProperty("host")
  HOST
}
