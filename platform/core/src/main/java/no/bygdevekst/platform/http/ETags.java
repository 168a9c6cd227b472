package no.bygdevekst.platform.http;

import jakarta.ws.rs.core.EntityTag;
import no.bygdevekst.platform.problem.Problems;

/**
 * Optimistic concurrency over HTTP: an aggregate's version is its strong {@code ETag}; a change
 * must send it back in {@code If-Match}.
 */
public final class ETags {
  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
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
