package io.rollcall.simulator.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every simulated Zoom account: its credentials and its users. The first account (the configured
 * one) is the primary: whatever does not name an account means it. Accounts outlive {@link
 * #reset(Ids)}, as an installed app does; their users do not.
 *
 * <p>A licensed user belongs to exactly one account: an account's API does not see another
 * account's users (Zoom's 404/1001), and a host auto-licensed on first use joins the account of the
 * token that used it.
 */
public final class Accounts {

  /** What {@link #register(AccountCredentials)} did. */
  public enum Registration {
    /** A new account. */
    CREATED,
    /** The account already exists with exactly these credentials. */
    UNCHANGED,
    /** The account id exists with other credentials. */
    ACCOUNT_ID_TAKEN,
    /** Another account already uses this OAuth client id. */
    CLIENT_ID_TAKEN
  }

  private final String primaryId;
  private final boolean autoLicense;
  private final Map<String, AccountCredentials> credentials = new LinkedHashMap<>();
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private Ids ids;

  public Accounts(AccountCredentials primary, boolean autoLicense, Ids ids) {
    this.primaryId = primary.accountId();
    this.autoLicense = autoLicense;
    this.ids = ids;
    register(primary);
  }

  /** Adds an account; idempotent for identical credentials, refused for conflicting ones. */
  public synchronized Registration register(AccountCredentials c) {
    AccountCredentials existing = credentials.get(c.accountId());
    if (existing != null) {
      return existing.equals(c) ? Registration.UNCHANGED : Registration.ACCOUNT_ID_TAKEN;
    }
    if (byClientId(c.clientId()).isPresent()) {
      return Registration.CLIENT_ID_TAKEN;
    }
    credentials.put(c.accountId(), c);
    accounts.put(c.accountId(), new Account(c.accountId(), ids, autoLicense));
    return Registration.CREATED;
  }

  /** Forgets every account's users and draws new ones from {@code ids}; accounts stay. */
  public synchronized void reset(Ids ids) {
    this.ids = ids;
    accounts.replaceAll((id, old) -> new Account(id, ids, autoLicense));
  }

  public String primaryId() {
    return primaryId;
  }

  public synchronized Account primary() {
    return accounts.get(primaryId);
  }

  /** Account ids, the primary first, then in the order they were added. */
  public synchronized List<String> ids() {
    return new ArrayList<>(credentials.keySet());
  }

  public synchronized Optional<Account> find(String accountId) {
    return Optional.ofNullable(accountId == null ? null : accounts.get(accountId));
  }

  public synchronized Optional<AccountCredentials> credentials(String accountId) {
    return Optional.ofNullable(accountId == null ? null : credentials.get(accountId));
  }

  /** The account whose OAuth client has this id. */
  public synchronized Optional<AccountCredentials> byClientId(String clientId) {
    return credentials.values().stream().filter(c -> c.clientId().equals(clientId)).findFirst();
  }

  /** Replaces an account's webhook Secret Token (Zoom: regenerating it on the app's page). */
  public synchronized void webhookSecret(String accountId, String secret) {
    credentials.computeIfPresent(accountId, (id, c) -> c.withWebhookSecret(secret));
  }

  /** The webhook Secret Token events of this account are signed with (the primary's if unknown). */
  public synchronized String webhookSecret(String accountId) {
    AccountCredentials c = credentials.get(accountId);
    return (c != null ? c : credentials.get(primaryId)).webhookSecret();
  }

  /**
   * The licensed host named by a {@code /v2/users/{userId}} path called with a token of {@code
   * accountId}: one of its users, or an email auto-licensed into it; a user licensed in another
   * account is Zoom's 404/1001 for this one.
   */
  public synchronized ZoomUser host(String accountId, String idOrEmail) {
    Account account = accounts.get(accountId);
    Optional<ZoomUser> own = account.find(idOrEmail).filter(ZoomUser::internal);
    if (own.isPresent()) {
      return own.get();
    }
    if (licensedElsewhere(accountId, idOrEmail).isPresent()) {
      throw ZoomApiException.userNotFound(idOrEmail);
    }
    return account.host(idOrEmail);
  }

  /**
   * Who someone signed in as {@code email} is to a meeting of {@code accountId}: a user of that
   * account (internal), a licensed user of another simulated account (external, same user id), or
   * else a user of some unsimulated account (external, kept by the meeting's account).
   */
  public synchronized ZoomUser signedIn(String accountId, String email) {
    Account account = accounts.get(accountId);
    Optional<ZoomUser> own = account.find(email).filter(ZoomUser::internal);
    if (own.isPresent()) {
      return own.get();
    }
    Optional<ZoomUser> other = licensedElsewhere(accountId, email);
    if (other.isPresent()) {
      ZoomUser u = other.get();
      return new ZoomUser(u.id(), u.email(), u.firstName(), u.lastName(), false);
    }
    return account.find(email).orElseGet(() -> account.addUser(email, false));
  }

  private Optional<ZoomUser> licensedElsewhere(String accountId, String idOrEmail) {
    return accounts.values().stream()
        .filter(a -> !a.id().equals(accountId))
        .flatMap(a -> a.find(idOrEmail).filter(ZoomUser::internal).stream())
        .findFirst();
  }
}
