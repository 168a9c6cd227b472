package no.bygdevekst.platform.events;

import java.util.List;

/**
 * The topics of the system: one for the events of each publishing service, one dead-letter topic
 * per consuming service.
 */
public final class Topics {
  private Topics() {}

  public static final String AGREEMENT = "bygdevekst.agreement.events";
  public static final String ACTIONPLAN = "bygdevekst.actionplan.events";
  public static final String FUNDING = "bygdevekst.funding.events";
  public static final String EVALUATION = "bygdevekst.evaluation.events";

  /**
   * The events topic of a service, by its short name ({@code agreement}, {@code actionplan}, ...).
   */
  public static String eventsOf(String service) {
    return "bygdevekst." + service + ".events";
  }

  /** The dead-letter topic where a service puts the messages it could not handle. */
  public static String deadLetterOf(String service) {
    return "bygdevekst." + service + ".dlq";
  }

  public static final List<String> SERVICES =
      List.of("agreement", "actionplan", "funding", "evaluation");

  /** Every topic, events and dead-letter. */
  public static List<String> all() {
    return SERVICES.stream()
        .flatMap(s -> java.util.stream.Stream.of(eventsOf(s), deadLetterOf(s)))
        .toList();
  }
}
