package io.rollcall.events;

import io.smallrye.config.ConfigMapping;

/**
 * Declares the {@code rollcall.topic.*} names (from this module's {@code
 * microprofile-config.properties}) to Quarkus, so that a service's own {@code ConfigMapping(prefix
 * = "rollcall")} does not reject them as unknown properties. Code uses {@link Topics};
 * configuration uses {@code ${rollcall.topic.<name>}}.
 */
@ConfigMapping(prefix = "rollcall.topic")
public interface TopicsConfig {
  String zoomWebhooksRaw();

  String links();

  String participants();

  String attendance();

  String reports();

  String assignments();

  String erasures();

  String credentials();

  String identityDeadLetter();

  String attendanceDeadLetter();
}
