package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Confidence {
  @JsonProperty("exact")
  EXACT,
  @JsonProperty("strong")
  STRONG,
  @JsonProperty("weak")
  WEAK,
  @JsonProperty("none")
  NONE
}
