package io.rollcall.localstack;

/** A port a component needs is taken; the message says which, by what setting to move it. */
final class PortInUseException extends RuntimeException {
  PortInUseException(String component, int port, String envVariable) {
    super(
        component
            + " cannot start: port "
            + port
            + " on 127.0.0.1 is already in use. Stop whatever listens there (an earlier"
            + " './rollcall up -d'? try './rollcall down') or choose another port with "
            + envVariable
            + ".");
  }
}
