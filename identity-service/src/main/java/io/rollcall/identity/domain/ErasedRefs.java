package io.rollcall.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an erased person is remembered: sha256 of {@code tenant + "/" + ref} (lower-case hex), never
 * the ref itself (issue 17's design). The ref is the customer's id, unique only within a tenant, so
 * the tenant is part of what is hashed.
 */
public final class ErasedRefs {
  private ErasedRefs() {}

  /**
   * Whether a connection that names an erased person ({@code ref}) or carries their link's ids is
   * that person: resolved to them, or unresolved without having been told apart from them (a
   * connection through their link that is someone else carries {@code viaLinkOf}, and one resolved
   * to someone else carries that person's ref). Their connections lose every personal field; the
   * others only the copies of the person's link ids.
   *
   * @param resolvedRef the connection's published ref, null when unresolved
   * @param viaLinkOf the owner of the link the connection came through, when not that owner
   */
  public static boolean isThePerson(String ref, String resolvedRef, String viaLinkOf) {
    if (resolvedRef != null) {
      return resolvedRef.equals(ref);
    }
    return !ref.equals(viaLinkOf);
  }

  /** The marker of {@code ref} of {@code tenant}. */
  public static String hash(String tenant, String ref) {
    if (tenant == null || ref == null) {
      throw new IllegalArgumentException("an erased person has a tenant and a ref");
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest((tenant + "/" + ref).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
