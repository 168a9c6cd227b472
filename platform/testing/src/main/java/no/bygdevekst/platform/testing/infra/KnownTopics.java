package no.bygdevekst.platform.testing.infra;

import java.util.List;

/**
 * Every topic the services use, created up front so that no test or first event waits for automatic
 * topic creation. Must match {@code no.bygdevekst.platform.events.Topics} (checked by the
 * architecture tests).
 */
public final class KnownTopics {
  private KnownTopics() {}

  public static final List<String> ALL =
      List.of(
          "bygdevekst.agreement.events",
          "bygdevekst.actionplan.events",
          "bygdevekst.funding.events",
          "bygdevekst.evaluation.events",
          "bygdevekst.agreement.dlq",
          "bygdevekst.actionplan.dlq",
          "bygdevekst.funding.dlq",
          "bygdevekst.evaluation.dlq");

  /** Partitions per topic: enough for a few consumer replicas, few enough for a laptop. */
  public static final int PARTITIONS = 3;
}
