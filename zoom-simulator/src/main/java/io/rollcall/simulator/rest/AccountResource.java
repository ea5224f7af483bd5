package io.rollcall.simulator.rest;

import io.rollcall.simulator.domain.AccountCredentials;
import io.rollcall.simulator.domain.Accounts;
import io.rollcall.simulator.service.SimException;
import io.rollcall.simulator.service.SimState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The simulated Zoom accounts: {@code POST /sim/accounts} adds one (idempotent), {@code GET
 * /sim/accounts} lists them. Secrets go in, never out.
 */
@Path("/sim/accounts")
public class AccountResource {

  /** Body of POST /sim/accounts. */
  public record NewAccount(
      String accountId, String clientId, String clientSecret, String webhookSecret) {}

  /** Body of PUT /sim/accounts/{accountId}/webhook-secret. */
  public record NewWebhookSecret(String webhookSecret) {}

  /** One account as listed: its id only, and whether it is the first (configured) one. */
  public record AccountView(String accountId, boolean primary) {}

  private final SimState state;

  public AccountResource(SimState state) {
    this.state = state;
  }

  /**
   * 201 for a new account, 200 if it exists with exactly these credentials, 409 if the account id
   * exists with other credentials or the client id is another account's.
   */
  @POST
  public Response add(NewAccount body) {
    AccountCredentials c = credentials(body);
    Accounts.Registration outcome = state.accounts().register(c);
    AccountView view = view(c.accountId());
    return switch (outcome) {
      case CREATED -> Response.status(201).entity(view).build();
      case UNCHANGED -> Response.ok(view).build();
      case ACCOUNT_ID_TAKEN ->
          throw new SimException(
              409, "account " + c.accountId() + " already exists with other credentials");
      case CLIENT_ID_TAKEN ->
          throw new SimException(
              409, "client_id " + c.clientId() + " already belongs to another account");
    };
  }

  @GET
  public Map<String, List<AccountView>> list() {
    return Map.of("accounts", state.accounts().ids().stream().map(this::view).toList());
  }

  /**
   * Regenerates an account's webhook secret token (Zoom: "Regenerate" on the app's page): events
   * sent from now on are signed with the new one. 204; unknown account 404.
   */
  @PUT
  @Path("/{accountId}/webhook-secret")
  public Response webhookSecret(@PathParam("accountId") String accountId, NewWebhookSecret body) {
    if (state.accounts().credentials(accountId).isEmpty()) {
      throw new SimException(404, "unknown account_id " + accountId);
    }
    if (body == null || blank(body.webhookSecret())) {
      throw new SimException(400, "webhook_secret is required");
    }
    state.accounts().webhookSecret(accountId, body.webhookSecret());
    return Response.noContent().build();
  }

  private AccountView view(String accountId) {
    return new AccountView(accountId, accountId.equals(state.accounts().primaryId()));
  }

  private static AccountCredentials credentials(NewAccount body) {
    if (body == null
        || blank(body.accountId())
        || blank(body.clientId())
        || blank(body.clientSecret())
        || blank(body.webhookSecret())) {
      throw new SimException(
          400, "account_id, client_id, client_secret and webhook_secret are all required");
    }
    return new AccountCredentials(
        body.accountId(), body.clientId(), body.clientSecret(), body.webhookSecret());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
