package no.bygdevekst.platform.inbox;

/**
 * The row of a read model that holds one version of another service's aggregate (an agreement, a
 * grant), as {@link LatestVersions} keeps it.
 */
public interface VersionedRow {
  /** The version of the aggregate the row holds. */
  long version();
}
