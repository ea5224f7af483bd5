package io.rollcall.ingest.domain;

import io.rollcall.ingest.domain.WebhookVerifier.SignedHeaders;
import io.rollcall.ingest.domain.WebhookVerifier.Verification;
import io.rollcall.support.tenant.Tenant;
import io.rollcall.support.tenant.Tenants;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tenant's webhook secret tokens verify a request. An event is verified only with the secrets
 * of the tenant its {@code payload.account_id} names ({@link Tenants#forWebhook}: the default
 * tenant takes unknown accounts only when no default account id is configured); a request without
 * an account to go by ({@code endpoint.url_validation}, an unreadable body) with any tenant's.
 * Every tenant keeps a list of secrets, so each can rotate its own.
 */
public final class TenantSecrets {
  /** A secret no tenant has: an unknown account's request is checked against it, and fails. */
  private static final List<byte[]> DECOY = List.of(decoySecret());

  /** Why a request is refused; {@link #metricReason} is the {@code reason} tag of the counter. */
  public enum Refusal {
    /** No tenant takes the event's {@code account_id}. */
    UNKNOWN_ACCOUNT("unknown_account"),
    /** Headers missing, malformed or stale, or no secret of the tenant(s) matches. */
    SIGNATURE("signature");

    private final String metricReason;

    Refusal(String metricReason) {
      this.metricReason = metricReason;
    }

    /** The {@code reason} tag of {@code rollcall.ingest.requests{outcome=rejected}}. */
    public String metricReason() {
      return metricReason;
    }
  }

  /**
   * The outcome of one request.
   *
   * @param tenant the tenant whose secret verified it, null when refused
   * @param secret the secret that verified it (answers URL validation), null when refused
   * @param refusal why it was refused, null when verified
   * @param detail the problem detail of a refusal (names no account and no secret)
   */
  public record Outcome(Tenant tenant, byte[] secret, Refusal refusal, String detail) {
    static Outcome verified(Tenant tenant, Verification verification) {
      return new Outcome(tenant, verification.secret(), null, null);
    }

    static Outcome refused(Refusal refusal, String detail) {
      return new Outcome(null, null, refusal, detail);
    }

    /** Whether a tenant's secret verified the request. */
    public boolean verified() {
      return refusal == null;
    }
  }

  /** One distinct secret token and the first tenant (the default first) that has it. */
  private record OwnedSecret(Tenant tenant, byte[] secret) {}

  private final Tenants tenants;
  private final Map<String, List<byte[]>> secretsByAccount;
  private final List<OwnedSecret> distinctSecrets;

  /**
   * @throws IllegalStateException when no tenant has a webhook secret token: no event could ever be
   *     verified, so the service must not start
   */
  public TenantSecrets(Tenants tenants) {
    this.tenants = tenants;
    Map<String, List<byte[]>> byAccount = new LinkedHashMap<>();
    for (Tenant tenant : tenants.all()) {
      byAccount.put(tenant.accountId(), WebhookVerifier.secretBytes(tenant.webhookSecrets()));
    }
    if (byAccount.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalStateException(
          "no Zoom webhook secret token is configured: set ROLLCALL_ZOOM_WEBHOOK_SECRETS (the"
              + " default tenant's, comma-separated) or give a tenant \"webhook_secrets\" under"
              + " \"zoom\" in the tenants file (ROLLCALL_TENANTS_FILE)");
    }
    this.secretsByAccount = Map.copyOf(byAccount);
    // Tenants of one published Zoom app share its secret: try each distinct secret once.
    Map<String, OwnedSecret> distinct = new LinkedHashMap<>();
    for (Tenant tenant : tenants.all()) {
      for (byte[] secret : byAccount.get(tenant.accountId())) {
        distinct.putIfAbsent(HexFormat.of().formatHex(secret), new OwnedSecret(tenant, secret));
      }
    }
    this.distinctSecrets = List.copyOf(distinct.values());
  }

  /**
   * An event: refused as {@link Refusal#UNKNOWN_ACCOUNT} when no tenant takes {@code accountId}
   * (with the detail of a signature that does not match, so that the answer does not tell a known
   * account from an unknown one), else verified with that tenant's secrets only.
   *
   * @param accountId the body's {@code payload.account_id}, may be null
   * @param headers the request's signature headers after {@link WebhookVerifier#readHeaders}
   * @param rawBody the body exactly as received
   */
  public Outcome verifyEvent(String accountId, SignedHeaders headers, byte[] rawBody) {
    if (!headers.acceptable()) {
      return Outcome.refused(Refusal.SIGNATURE, headers.rejection());
    }
    Optional<Tenant> tenant = tenants.forWebhook(accountId);
    if (tenant.isEmpty()) {
      // Answered exactly like a wrong signature, after the same work (an HMAC with a secret no one
      // has), so that a caller cannot probe which Zoom accounts Rollcall serves; the counter's
      // reason and the DEBUG log tell the operator.
      Verification decoy = headers.verifyWith(DECOY, rawBody);
      return Outcome.refused(Refusal.UNKNOWN_ACCOUNT, decoy.reason());
    }
    Verification verification =
        headers.verifyWith(secretsByAccount.get(tenant.get().accountId()), rawBody);
    return verification.verified()
        ? Outcome.verified(tenant.get(), verification)
        : Outcome.refused(Refusal.SIGNATURE, verification.reason());
  }

  /**
   * A request that names no account: verified with the first secret of any tenant that matches (the
   * default tenant's first; a secret several tenants share counts as the first one's).
   */
  public Outcome verifyAnyTenant(SignedHeaders headers, byte[] rawBody) {
    if (!headers.acceptable()) {
      return Outcome.refused(Refusal.SIGNATURE, headers.rejection());
    }
    for (OwnedSecret owned : distinctSecrets) {
      Verification verification = headers.verifyWith(List.of(owned.secret()), rawBody);
      if (verification.verified()) {
        return Outcome.verified(owned.tenant(), verification);
      }
    }
    return Outcome.refused(
        Refusal.SIGNATURE, "signature does not match any configured secret token");
  }

  private static byte[] decoySecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return secret;
  }
}
