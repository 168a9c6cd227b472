package no.bygdevekst.platform.inbox;

import io.quarkus.arc.Arc;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every service that keeps agreements reads: agreement-service's events, each of which carries
 * the agreement's whole state at a new version (docs/events.md). A service keeps them in a read
 * model named {@value #READ_MODEL}, in rows of its own, with the state record of its own:
 *
 * <pre>{@code
 * return Agreements.readModel(AgreementState.class, AgreementView.class, AgreementView::hold);
 * }</pre>
 */
public final class Agreements {
  public static final String PUBLISHER = "agreement";
  public static final String READ_MODEL = "agreements";

  /** The consumer name under which the inbox records the agreement events a service applied. */
  public static final String CONSUMER = "agreement-read-model";

  /** Every event agreement-service publishes; each carries the whole state. */
  public static final List<String> EVENTS =
      List.of(
          "AgreementRegistered",
          "AgreementSigned",
          "AgreementActivated",
          "AgreementAmended",
          "AgreementConcluded");

  /**
   * The events of the agreements' registers of representatives, on the same topic: the read model
   * of agreements knows and ignores them; {@link Representatives} reads them.
   */
  public static final List<String> REGISTER_EVENTS =
      List.of("RepresentativeRegistered", "RepresentativeEnded");

  private Agreements() {}

  /** What a service's copy of the agreement state has at least: the agreement and its version. */
  public interface State extends AboutAgreement {
    Long version();
  }

  /**
   * The read model of agreements kept in rows of {@code row} (with a no-argument constructor),
   * whose tables a rebuild empties: each state is held only when it is newer than the row's, by
   * {@link LatestVersions}.
   */
  public static <S extends State, R extends VersionedRow> ReadModel readModel(
      Class<S> state, Class<R> row, LatestVersions.Hold<R, S> hold) {
    Supplier<R> create = () -> newRow(row);
    return ReadModel.of(READ_MODEL, CONSUMER, PUBLISHER)
        .on(
            EVENTS,
            state,
            (event, s) -> latest().apply(row, s.agreementId(), s.version(), s, event, create, hold))
        .ignoring(REGISTER_EVENTS.toArray(String[]::new))
        .tables(ReadModel.tablesOf(row));
  }

  static LatestVersions latest() {
    return Arc.container().instance(LatestVersions.class).get();
  }

  static <R> R newRow(Class<R> row) {
    try {
      var constructor = row.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(row.getSimpleName() + " needs a no-argument constructor", e);
    }
  }
}
