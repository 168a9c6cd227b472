package no.bygdevekst.platform.inbox;

import java.util.function.Supplier;

/**
 * The read model every service keeps of the agreements' registers of representatives, from
 * agreement-service's {@code RepresentativeRegistered} and {@code RepresentativeEnded}, so that it
 * authorises people from its own data ({@link RepresentedParties}), never by asking
 * agreement-service. A service declares it with its own row:
 *
 * <pre>{@code
 * return Representatives.readModel(Representative.class);
 * }</pre>
 */
public final class Representatives {
  public static final String READ_MODEL = "representatives";

  /** The consumer name under which the inbox records the register events a service applied. */
  public static final String CONSUMER = "representative-read-model";

  private Representatives() {}

  /**
   * The read model kept in rows of {@code row}: each registration is held only when its version is
   * newer than the row's ({@link LatestVersions}); the agreement events on the same topic are known
   * and ignored.
   */
  public static <R extends RepresentativeRow> ReadModel readModel(Class<R> row) {
    Supplier<R> create = () -> Agreements.newRow(row);
    return ReadModel.of(READ_MODEL, CONSUMER, Agreements.PUBLISHER)
        .on(
            Agreements.REGISTER_EVENTS,
            RepresentativeChange.class,
            (event, change) ->
                Agreements.latest()
                    .apply(
                        row,
                        change.representativeId(),
                        change.version(),
                        change,
                        event,
                        create,
                        RepresentativeRow::hold))
        .ignoring(Agreements.EVENTS.toArray(String[]::new))
        .tables(ReadModel.tablesOf(row));
  }
}
