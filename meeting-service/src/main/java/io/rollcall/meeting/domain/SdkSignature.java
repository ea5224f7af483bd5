package io.rollcall.meeting.domain;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Meeting SDK signature (ZOOM-FACTS §3.5): an HS256 JWT signed with the SDK secret, carrying {@code
 * appKey} = {@code sdkKey}, {@code mn}, {@code role}, {@code iat}, {@code exp} and {@code tokenExp}
 * (= {@code exp}). Zoom accepts {@code exp - iat} between 30 minutes and 48 hours.
 */
public final class SdkSignature {
  public static final Duration MIN_TTL = Duration.ofMinutes(30);
  public static final Duration MAX_TTL = Duration.ofHours(48);

  /** Participant role: invitee links never get the host role. */
  public static final int ROLE_PARTICIPANT = 0;

  /** Zoom suggests back-dating iat a little against clock skew between us and the SDK client. */
  static final Duration BACKDATE = Duration.ofSeconds(30);

  private SdkSignature() {}

  /** A signed participant JWT and the instant it expires. */
  public record Signed(String jwt, Instant issuedAt, Instant expiresAt) {}

  public static Signed participant(
      String sdkKey, String sdkSecret, String meetingNumber, Duration ttl, Instant now) {
    Duration bounded =
        ttl.compareTo(MIN_TTL) < 0 ? MIN_TTL : ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl;
    long iat = now.minus(BACKDATE).getEpochSecond();
    long exp = iat + bounded.toSeconds();
    String jwt =
        Jwts.builder()
            .header()
            .type("JWT")
            .and()
            .claim("appKey", sdkKey)
            .claim("sdkKey", sdkKey)
            .claim("mn", meetingNumber)
            .claim("role", ROLE_PARTICIPANT)
            .issuedAt(Date.from(Instant.ofEpochSecond(iat)))
            .expiration(Date.from(Instant.ofEpochSecond(exp)))
            .claim("tokenExp", exp)
            .signWith(
                Keys.hmacShaKeyFor(sdkSecret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
            .compact();
    return new Signed(jwt, Instant.ofEpochSecond(iat), Instant.ofEpochSecond(exp));
  }
}
