package io.rollcall.support.security;

import io.quarkus.arc.properties.IfBuildProperty;
import io.rollcall.events.ApiKeyChanged;
import io.rollcall.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows {@code rollcall.credentials.v1} into the {@link KeyRing}. Each service instance reads the
 * whole compacted topic from the beginning under a consumer group of its own (channel {@code
 * credentials}, {@code group.id} with {@code ${quarkus.uuid}}), so every instance knows every key.
 * A message it cannot read is skipped with a warning: the key it describes is then not accepted,
 * which fails safe.
 */
@IfBuildProperty(name = "rollcall.api-auth.enabled", stringValue = "true")
@ApplicationScoped
public class CredentialsConsumer {

  private static final Logger LOG = Logger.getLogger(CredentialsConsumer.class);

  private final KeyRing keys;

  public CredentialsConsumer(KeyRing keys) {
    this.keys = keys;
  }

  /** Applies one key's state; tombstones (null) carry nothing. */
  @Incoming("credentials")
  public void apply(byte[] value) {
    if (value == null) {
      return;
    }
    try {
      keys.apply(EventJson.decode(value, ApiKeyChanged.class));
    } catch (RuntimeException e) {
      LOG.warnf(
          "skipped an unreadable message on the credentials topic: %s", e.getClass().getName());
    }
  }
}
