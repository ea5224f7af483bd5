package io.rollcall.simulator.service;

/** Zoom's API rate-limit classes. */
public enum ApiClass {
  LIGHT("Light"),
  MEDIUM("Medium"),
  HEAVY("Heavy");

  private final String label;

  ApiClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
