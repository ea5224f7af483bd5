package io.rollcall.meeting.credentials;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A token issuer for tests: a real HTTP server on a free port that serves OpenID Connect discovery
 * ({@code /.well-known/openid-configuration}) and its JSON Web Key Set, and signs RS256 access
 * tokens with the key in that set. meeting-service's quarkus-oidc is pointed at it, so tokens go
 * through discovery, key fetching and signature checks as with a real identity provider.
 */
public class OidcIssuer implements QuarkusTestResourceLifecycleManager {

  private static RsaJsonWebKey signingKey;
  private static RsaJsonWebKey strangerKey;
  private static String issuer;
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      signingKey = RsaJwkGenerator.generateJwk(2048);
      signingKey.setKeyId("test-key");
      strangerKey = RsaJwkGenerator.generateJwk(2048);
      strangerKey.setKeyId("test-key");
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (JoseException | IOException e) {
      throw new IllegalStateException("test issuer could not start", e);
    }
    issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/rollcall";
    String jwks = new JsonWebKeySet(signingKey).toJson();
    String discovery =
        """
        {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
         "token_endpoint": "%s/protocol/openid-connect/token",
         "id_token_signing_alg_values_supported": ["RS256"]}
        """
            .formatted(issuer, issuer, issuer);
    serve("/realms/rollcall/.well-known/openid-configuration", discovery);
    serve("/realms/rollcall/protocol/openid-connect/certs", jwks);
    server.start();
    return Map.of(
        "quarkus.oidc.tenant-enabled", "true",
        "quarkus.oidc.auth-server-url", issuer,
        "quarkus.oidc.client-id", "rollcall");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** An access token from this issuer with these claims, valid for five minutes. */
  static String token(Map<String, Object> claims) {
    return sign(claims, signingKey, Instant.now().plusSeconds(300));
  }

  /** A token that expired a minute ago. */
  static String expiredToken(Map<String, Object> claims) {
    return sign(claims, signingKey, Instant.now().minusSeconds(60));
  }

  /** A token signed by a key this issuer never published. */
  static String forgedToken(Map<String, Object> claims) {
    return sign(claims, strangerKey, Instant.now().plusSeconds(300));
  }

  private static String sign(Map<String, Object> claims, RsaJsonWebKey key, Instant expires) {
    JwtClaims jwt = new JwtClaims();
    jwt.setIssuer(issuer);
    jwt.setSubject("operator-7");
    jwt.setIssuedAtToNow();
    jwt.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expires.getEpochSecond()));
    claims.forEach(jwt::setClaim);
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(jwt.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private void serve(String path, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
  }
}
