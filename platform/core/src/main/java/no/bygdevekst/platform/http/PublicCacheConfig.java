package no.bygdevekst.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a browser, the portal or a shared cache may keep a public read before it asks again
 * ({@code BYGDEVEKST_PUBLIC_CACHE_MAX_AGE}). One setting for every public endpoint of a service.
 */
@ConfigMapping(prefix = "bygdevekst.public-cache")
public interface PublicCacheConfig {
  @WithDefault("PT1M")
  Duration maxAge();
}
