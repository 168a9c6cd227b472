package no.bygdevekst.actionplan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the action plan service. */
@ConfigMapping(prefix = "bygdevekst.actionplan")
public interface ActionPlanConfig {
  /** How long (seconds) a cache may keep the public list of approved plans. */
  @WithDefault("60")
  int publicMaxAge();
}
