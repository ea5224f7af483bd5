package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SdkSignatureTest {
  private static final String SECRET = "sdk-secret-0123456789abcdef0123456789";

  @Test
  void participantSignatureCarriesZoomsClaimsAndVerifiesWithTheSecret() {
    Instant now = Instant.now();
    SdkSignature.Signed signed =
        SdkSignature.participant("sdkKey1", SECRET, "83011223344", Duration.ofHours(2), now);

    Jws<Claims> jws = parse(signed.jwt());

    assertThat(jws.getHeader().getAlgorithm()).isEqualTo("HS256");
    assertThat(jws.getHeader().getType()).isEqualTo("JWT");
    Claims c = jws.getPayload();
    assertThat(c.get("appKey")).isEqualTo("sdkKey1");
    assertThat(c.get("sdkKey")).isEqualTo("sdkKey1");
    assertThat(c.get("mn")).isEqualTo("83011223344");
    assertThat(c.get("role", Integer.class)).isZero();
    long iat = c.getIssuedAt().toInstant().getEpochSecond();
    long exp = c.getExpiration().toInstant().getEpochSecond();
    assertThat(c.get("tokenExp", Long.class)).isEqualTo(exp);
    assertThat(exp - iat).isEqualTo(7200);
    assertThat(iat).isLessThanOrEqualTo(now.getEpochSecond());
  }

  @Test
  void iatIsANumberNotAString() {
    String payload =
        new String(
            java.util.Base64.getUrlDecoder()
                .decode(
                    SdkSignature.participant("k", SECRET, "1", Duration.ofHours(1), Instant.now())
                        .jwt()
                        .split("\\.")[1]),
            StandardCharsets.UTF_8);
    assertThat(payload).containsPattern("\"iat\":\\d+").containsPattern("\"tokenExp\":\\d+");
  }

  @Test
  void lifetimeIsKeptWithinZoomsBounds() {
    Instant now = Instant.parse("2026-09-10T09:00:00Z");
    SdkSignature.Signed tooShort =
        SdkSignature.participant("k", SECRET, "1", Duration.ofMinutes(1), now);
    SdkSignature.Signed tooLong =
        SdkSignature.participant("k", SECRET, "1", Duration.ofDays(5), now);
    assertThat(Duration.between(tooShort.issuedAt(), tooShort.expiresAt()))
        .isEqualTo(Duration.ofSeconds(1800));
    assertThat(Duration.between(tooLong.issuedAt(), tooLong.expiresAt()))
        .isEqualTo(Duration.ofHours(48));
  }

  private static Jws<Claims> parse(String jwt) {
    return Jwts.parser()
        .verifyWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)))
        .build()
        .parseSignedClaims(jwt);
  }
}
