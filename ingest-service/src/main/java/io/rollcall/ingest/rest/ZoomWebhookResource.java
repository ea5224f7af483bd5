package io.rollcall.ingest.rest;

import io.rollcall.events.RawWebhookEnvelope;
import io.rollcall.ingest.config.IngestConfig;
import io.rollcall.ingest.domain.DedupKey;
import io.rollcall.ingest.domain.TenantSecrets;
import io.rollcall.ingest.domain.TenantSecrets.Outcome;
import io.rollcall.ingest.domain.TenantSecrets.Refusal;
import io.rollcall.ingest.domain.WebhookVerifier;
import io.rollcall.ingest.domain.WebhookVerifier.SignedHeaders;
import io.rollcall.ingest.domain.ZoomWebhook;
import io.rollcall.ingest.messaging.RawWebhookPublisher;
import io.rollcall.support.rest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

/**
 * The URL configured in the Zoom app: verifies with the secrets of the event's tenant, answers URL
 * validation, makes events durable.
 *
 * <p>Order: the cheap checks first (size, signature headers, timestamp window), then the body is
 * parsed once, then the HMAC with the secrets of the tenant named by {@code payload.account_id}
 * (any tenant's for URL validation, which names no account). A body that cannot be read is answered
 * 400 only to a caller whose signature verifies with some tenant's secret, 401 otherwise, as before
 * tenants.
 */
@Path("/zoom/webhooks")
public class ZoomWebhookResource {
  private static final Logger LOG = Logger.getLogger(ZoomWebhookResource.class);

  private final TenantSecrets secrets;
  private final RawWebhookPublisher publisher;
  private final IngestConfig config;
  private final IngestMetrics metrics;
  private final Clock clock;

  public ZoomWebhookResource(
      IngestConfig config,
      TenantSecrets secrets,
      RawWebhookPublisher publisher,
      IngestMetrics metrics,
      Clock clock) {
    this.secrets = secrets;
    this.publisher = publisher;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Receive a Zoom webhook",
      description =
          "Verifies x-zm-signature over the raw body with the secret token(s) of the tenant named"
              + " by payload.account_id, answers endpoint.url_validation (with whichever tenant's"
              + " secret signed it), and answers 200 only once the event is durably in Kafka"
              + " (topic zoom.webhooks.raw.v1).")
  @APIResponse(responseCode = "200", description = "Durably accepted (or URL validation answer)")
  @APIResponse(responseCode = "400", description = "Not JSON, or no event field")
  @APIResponse(
      responseCode = "401",
      description = "Missing/wrong signature, stale timestamp, or unknown Zoom account")
  @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
  @APIResponse(responseCode = "503", description = "Kafka cannot take it now; Zoom retries")
  public CompletionStage<Response> receive(
      @Parameter(description = "v0=<hex HMAC-SHA256>") @HeaderParam("x-zm-signature")
          String signature,
      @Parameter(description = "epoch seconds, part of the signed message")
          @HeaderParam("x-zm-request-timestamp")
          String timestamp,
      @Parameter(description = "Zoom's request id, stable across retries")
          @HeaderParam("x-zm-request-id")
          String requestId,
      byte[] body) {
    long start = System.nanoTime();
    byte[] raw = body == null ? new byte[0] : body;
    if (raw.length > config.ingest().maxBodyBytes()) {
      metrics.rejected("too_large");
      return done(
          Problem.response(
              Response.Status.REQUEST_ENTITY_TOO_LARGE,
              "body exceeds " + config.ingest().maxBodyBytes() + " bytes"));
    }
    Instant now = clock.instant();
    SignedHeaders headers =
        WebhookVerifier.readHeaders(timestamp, signature, now, config.ingest().replayWindow());
    if (!headers.acceptable()) {
      return done(refuse(Refusal.SIGNATURE, headers.rejection(), null));
    }
    ZoomWebhook webhook;
    try {
      webhook = ZoomWebhook.parse(raw);
    } catch (ZoomWebhook.MalformedWebhookException e) {
      Outcome outcome = secrets.verifyAnyTenant(headers, raw);
      if (!outcome.verified()) {
        return done(refuse(outcome.refusal(), outcome.detail(), null));
      }
      metrics.rejected("malformed");
      return done(Problem.response(Response.Status.BAD_REQUEST, e.getMessage()));
    }
    Outcome outcome =
        webhook.isUrlValidation()
            ? secrets.verifyAnyTenant(headers, raw)
            : secrets.verifyEvent(webhook.accountId(), headers, raw);
    if (!outcome.verified()) {
      return done(refuse(outcome.refusal(), outcome.detail(), webhook.accountId()));
    }
    if (webhook.isUrlValidation()) {
      return done(answerUrlValidation(webhook, outcome.secret()));
    }
    RawWebhookEnvelope envelope =
        new RawWebhookEnvelope(
            RawWebhookEnvelope.SCHEMA_VERSION,
            DedupKey.of(requestId, raw),
            webhook.event(),
            webhook.meetingId(),
            webhook.meetingUuid(),
            now,
            headers.epochSecond(),
            blankToNull(requestId),
            webhook.text(),
            outcome.tenant().accountId());
    return publish(envelope, start);
  }

  /** 401 for a refused request, counted by reason; the account id is logged at DEBUG only. */
  private Response refuse(Refusal refusal, String detail, String accountId) {
    metrics.rejected(refusal.metricReason());
    LOG.debugf("rejected webhook (account %s, %s): %s", accountId, refusal.metricReason(), detail);
    return Problem.response(Response.Status.UNAUTHORIZED, detail);
  }

  /** Answers 200 once Kafka acknowledged the envelope, 503 (Zoom retries) when it did not. */
  private CompletionStage<Response> publish(RawWebhookEnvelope envelope, long start) {
    return publisher
        .publish(envelope, config.ingest().ackTimeout())
        .handle(
            (ok, error) -> {
              if (error != null) {
                metrics.failed("kafka");
                LOG.warnf(
                    "Kafka did not take webhook %s: %s",
                    envelope.dedupKey(),
                    error instanceof CompletionException ? error.getCause() : error);
                return Problem.response(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "the event could not be stored durably now; retry later");
              }
              metrics.accepted(start);
              LOG.debugf("accepted %s as %s", envelope.event(), envelope.dedupKey());
              return Response.ok().build();
            });
  }

  private static CompletionStage<Response> done(Response response) {
    return CompletableFuture.completedFuture(response);
  }

  private Response answerUrlValidation(ZoomWebhook webhook, byte[] secret) {
    if (webhook.plainToken() == null) {
      metrics.rejected("malformed");
      return Problem.response(
          Response.Status.BAD_REQUEST, "endpoint.url_validation without payload.plainToken");
    }
    metrics.urlValidation();
    return Response.ok(
            Map.of(
                "plainToken",
                webhook.plainToken(),
                "encryptedToken",
                WebhookVerifier.encryptedToken(secret, webhook.plainToken())))
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
