package no.bygdevekst.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** How attainment is judged. Defaults are in the README. */
@ConfigMapping(prefix = "bygdevekst.evaluation")
public interface EvaluationConfig {

  /** Thresholds that turn a sub-goal's mean progress into a status. */
  Status status();

  interface Status {
    /** Mean progress at or above this is ON_TRACK (1.0 = the year's targets reached). */
    @WithDefault("0.9")
    BigDecimal onTrack();

    /** Mean progress at or above this, but below on-track, is AT_RISK; below it OFF_TRACK. */
    @WithDefault("0.5")
    BigDecimal atRisk();
  }
}
