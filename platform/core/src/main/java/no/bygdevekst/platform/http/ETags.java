package no.bygdevekst.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.bygdevekst.platform.problem.Problems;

/**
 * Strong {@code ETag}s: an aggregate's version, which a change must send back in {@code If-Match}
 * (optimistic concurrency), or a digest of what a read shows, for {@link ConditionalReads}.
 */
public final class ETags {
  private ETags() {}

  /** The tag of an aggregate at {@code version}: {@code "7"}. */
  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The tag of a body: the first 128 bits of its SHA-256, in hex. */
  public static EntityTag ofContent(byte[] content) {
    return new EntityTag(sha256(content));
  }

  /**
   * The tag of a read described by {@code fingerprint}: a text that changes whenever the body would
   * (such as the ids and versions of what it lists), so that the body need not be serialised.
   */
  public static EntityTag ofFingerprint(String fingerprint) {
    return ofContent(fingerprint.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether an {@code If-None-Match} header names {@code tag}: {@code *}, or one of its tags with
   * the same opaque value, weak or not (weak comparison, RFC 9110, 8.8.3.2).
   */
  public static boolean named(String ifNoneMatch, EntityTag tag) {
    String expected = "\"" + tag.getValue() + "\"";
    for (String candidate : ifNoneMatch.split(",")) {
      String named = candidate.trim();
      if (named.equals("*")) {
        return true;
      }
      if ((named.startsWith("W/") ? named.substring(2) : named).equals(expected)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Refuses with 428 when {@code ifMatch} is missing and 412 when it does not name {@code
   * currentVersion}.
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Problems.preconditionRequired(
          "Send the ETag you read in an If-Match header, so that you do not overwrite a change you have not seen");
    }
    String expected = "\"" + currentVersion + "\"";
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        continue; // weak tags never match for a write (RFC 9110, 13.1.1)
      }
      if (tag.equals(expected) || tag.equals("*")) {
        return;
      }
    }
    throw Problems.preconditionFailed(
        "The resource has changed since you read it: its ETag is now " + expected);
  }
}
