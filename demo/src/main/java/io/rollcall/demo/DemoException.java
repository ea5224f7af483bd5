package io.rollcall.demo;

/** A demo step that failed, naming the component that failed it. */
public final class DemoException extends RuntimeException {

  private final String component;

  public DemoException(String component, String message) {
    super(component + ": " + message);
    this.component = component;
  }

  public DemoException(String component, String message, Throwable cause) {
    super(component + ": " + message, cause);
    this.component = component;
  }

  /** The component at fault: meeting-service, attendance-service, zoom-simulator, ... */
  public String component() {
    return component;
  }
}
