package io.rollcall.meeting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Zoom's Server-to-Server OAuth token endpoint below {@code ROLLCALL_ZOOM_OAUTH_URL} (default
 * {@code https://zoom.us}): {@code POST /oauth/token?grant_type=account_credentials&account_id=…}
 * with {@code Authorization: Basic base64(client_id:client_secret)} (ZOOM-FACTS §3.1). Built by
 * {@code config.ClientProducers}; used only by {@link ZoomOAuth}.
 */
@RegisterRestClient(configKey = "zoom-oauth")
@Produces(MediaType.APPLICATION_JSON)
public interface ZoomOAuthClient {

  /** A new access token; answers 400 or above become a {@link ZoomApiException}. */
  @POST
  @Path("/oauth/token")
  TokenAnswer token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String basic,
      @QueryParam("grant_type") String grantType,
      @QueryParam("account_id") String accountId);

  /**
   * Zoom's answer: the bearer token and its lifetime in seconds (3599 or 3600). Its {@code
   * toString} never shows the token.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenAnswer(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("expires_in") Long expiresIn) {
    @Override
    public String toString() {
      return "TokenAnswer[expiresIn=" + expiresIn + "]";
    }
  }
}
