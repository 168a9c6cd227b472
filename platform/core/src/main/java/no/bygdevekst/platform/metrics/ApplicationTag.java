package no.bygdevekst.platform.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tags every metric with the service's name ({@code application="funding-service"}), so that alert
 * rules and the dashboard can tell the services apart however Prometheus scrapes them.
 */
public class ApplicationTag {
  @Produces
  @Singleton
  MeterFilter application(@ConfigProperty(name = "quarkus.application.name") String name) {
    return MeterFilter.commonTags(Tags.of("application", name));
  }
}
