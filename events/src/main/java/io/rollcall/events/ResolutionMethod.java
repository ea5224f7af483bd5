package io.rollcall.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The rungs of the evidence ladder, strongest first. */
public enum ResolutionMethod {
  /**
   * An operator's assignment ({@code PUT …/connections/{connection_id}/assignment}): it overrides
   * every rung below; the ladder's own verdict stays beside it in {@link Identity#assignment()}.
   * Added with manual corrections: a consumer that does not know it may treat it as {@code exact}
   * evidence of an unknown kind.
   */
  @JsonProperty("manual")
  MANUAL(Confidence.EXACT),
  @JsonProperty("registrant")
  REGISTRANT(Confidence.EXACT),
  @JsonProperty("customer_key")
  CUSTOMER_KEY(Confidence.EXACT),
  @JsonProperty("zoom_user")
  ZOOM_USER(Confidence.STRONG),
  @JsonProperty("email")
  EMAIL(Confidence.STRONG),
  @JsonProperty("name")
  NAME(Confidence.WEAK),
  @JsonProperty("none")
  NONE(Confidence.NONE);

  private final Confidence confidence;

  ResolutionMethod(Confidence confidence) {
    this.confidence = confidence;
  }

  public Confidence confidence() {
    return confidence;
  }

  /** True when this rung beats {@code other} (a lower ordinal is stronger). */
  public boolean strongerThan(ResolutionMethod other) {
    return ordinal() < other.ordinal();
  }
}
