package no.bygdevekst.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.bygdevekst.deploy.k8s.DeploymentRulesTest.ImageRef;
import org.junit.jupiter.api.Test;

/** The image check reads references the way a container runtime does. */
class ImageRefTest {

  @Test
  void anImageWithoutTagOrDigestIsLatest() {
    assertEquals(
        new ImageRef(null, "bygdevekst/agreement-service", null, null),
        ImageRef.parse("bygdevekst/agreement-service"));
  }

  @Test
  void aRegistryWithAPortIsNotATag() {
    assertEquals(
        new ImageRef("registry.local:5000", "bygdevekst/funding-service", null, null),
        ImageRef.parse("registry.local:5000/bygdevekst/funding-service"));
  }

  @Test
  void tagAndDigest() {
    assertEquals(
        new ImageRef("registry.bygdevekst.no", "bygdevekst/x", "0.1.0", "sha256:abc"),
        ImageRef.parse("registry.bygdevekst.no/bygdevekst/x:0.1.0@sha256:abc"));
  }
}
