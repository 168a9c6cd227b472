package no.bygdevekst.platform.security;

import java.util.Objects;
import java.util.Optional;

/**
 * A person as the identity provider knows them: the issuer and the subject together identify them
 * (a subject is unique only within its issuer). The personal identity number is never kept; where a
 * person must be matched across issuers, {@code pidHash} is its keyed hash ({@link
 * PersonalIdentifiers}).
 */
public record Person(String issuer, String subject, Optional<String> pidHash) {
  public Person {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    pidHash = pidHash == null ? Optional.empty() : pidHash;
  }

  /** The pid hash is left out: it is not for logs. */
  @Override
  public String toString() {
    return "Person[" + issuer + " " + subject + "]";
  }
}
