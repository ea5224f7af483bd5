package io.rollcall.meeting.credentials;

import io.rollcall.support.security.Caller;
import io.rollcall.support.tenant.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A tenant's API keys (scope {@code admin}), always the caller's tenant's:
 *
 * <ul>
 *   <li>{@code POST /admin/api-keys} {@code {"scopes": ["attendance:read"], "label": "..."}} → 201
 *       with the key, shown this once;
 *   <li>{@code GET /admin/api-keys} → the tenant's keys, without the keys;
 *   <li>{@code DELETE /admin/api-keys/{key_id}} → 200, revoked: every service refuses it with 401
 *       as soon as it has read the revocation from {@code rollcall.credentials.v1}.
 * </ul>
 */
@Path("/admin/api-keys")
@RolesAllowed(Scopes.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

  /** The body of a creation: scopes required, label optional. */
  public record CreateRequest(List<String> scopes, String label) {}

  /** The tenant's keys. */
  public record ApiKeys(List<ApiKeyView> apiKeys) {}

  private final ApiKeyService keys;
  private final Caller caller;

  public ApiKeyResource(ApiKeyService keys, Caller caller) {
    this.keys = keys;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an API key for the caller's tenant")
  @APIResponse(responseCode = "201", description = "Created; the key is in the answer, once")
  @APIResponse(responseCode = "422", description = "Scopes missing or unknown")
  public Response create(CreateRequest request) {
    CreateRequest body = request == null ? new CreateRequest(null, null) : request;
    ApiKeyView created = keys.create(caller.tenant(), body.scopes(), body.label(), caller.id());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Operation(summary = "The caller's tenant's API keys, without the keys")
  public ApiKeys list() {
    return new ApiKeys(keys.list(caller.tenant()));
  }

  @DELETE
  @Path("/{key_id}")
  @Operation(summary = "Revoke an API key of the caller's tenant")
  @APIResponse(responseCode = "200", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such created key of this tenant")
  @APIResponse(responseCode = "409", description = "A configured key: revoke it in configuration")
  public ApiKeyView revoke(@PathParam("key_id") String keyId) {
    return keys.revoke(caller.tenant(), keyId);
  }
}
