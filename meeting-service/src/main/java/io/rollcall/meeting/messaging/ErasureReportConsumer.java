package io.rollcall.meeting.messaging;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.ErasureMessage;
import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.Topics;
import io.rollcall.meeting.service.ErasureService;
import io.rollcall.support.resilience.TransientRetry;
import io.rollcall.support.tenant.Tenants;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Every service's report of an erasure: {@link ErasureApplied} from {@code rollcall.erasures.v1} in
 * meeting-service's own group ({@code meeting-service-erasure-reports}), stored for {@code GET
 * /people/{ref}/erasure}. Requests ({@code PersonErased}, meeting-service's own) and tombstones are
 * skipped, and so is an unreadable message, with a warning. Storing a report is idempotent (a
 * service's latest report wins), so a redelivery is harmless; a failure that can pass (the database
 * away) pauses the consumer until it works ({@link TransientRetry}).
 */
@ApplicationScoped
public class ErasureReportConsumer {
  static final String CHANNEL = "erasure-reports";
  private static final Logger LOG = Logger.getLogger(ErasureReportConsumer.class);

  private final ErasureService erasures;
  private final Tenants tenants;
  private final TransientRetry retry;

  public ErasureReportConsumer(ErasureService erasures, Tenants tenants, TransientRetry retry) {
    this.erasures = erasures;
    this.tenants = tenants;
    this.retry = retry;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> consume(Message<byte[]> message) {
    return retry.process(
        CHANNEL,
        message,
        () ->
            applied(message)
                .ifPresent(
                    a ->
                        erasures.reported(
                            a.erasureId(),
                            a.service(),
                            tenants.idOf(a.tenant()),
                            a.erased(),
                            a.appliedAt())));
  }

  /** The message's {@link ErasureApplied}, if it is one (and it can be read). */
  static Optional<ErasureApplied> applied(Message<byte[]> message) {
    if (message.getPayload() == null) {
      return Optional.empty();
    }
    ErasureMessage decoded;
    try {
      decoded = EventJson.decode(message.getPayload(), ErasureMessage.class);
    } catch (MalformedEventException e) {
      LOG.warnf("skipped an unreadable message of %s: %s", Topics.ERASURES, e.getMessage());
      return Optional.empty();
    }
    return decoded instanceof ErasureApplied a && a.erasureId() != null && a.service() != null
        ? Optional.of(a)
        : Optional.empty();
  }
}
