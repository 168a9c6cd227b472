package no.bygdevekst.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of a service: every "now" (a change's time, an event's time, "today" for a start
 * date) comes from the {@link Clock} bean, so that a test can set and move it. In production it is
 * the system's clock in UTC; tests get a clock they can move (platform-testing's {@code
 * TestClock}), which replaces this default bean.
 */
public class Clocks {
  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
