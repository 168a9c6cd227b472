package no.bygdevekst.evaluation.attainment;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import no.bygdevekst.evaluation.config.EvaluationConfig;

/** Builds the status thresholds from configuration, and refuses to start with inverted ones. */
@Singleton
public class StatusRuleProducer {

  @Produces
  @Singleton
  StatusRule statusRule(EvaluationConfig config) {
    return new StatusRule(config.status().onTrack(), config.status().atRisk());
  }

  void checkAtStart(@Observes StartupEvent event, StatusRule rule) {
    // Injecting the rule builds it, so that wrong thresholds stop the start, not the first report.
  }
}
