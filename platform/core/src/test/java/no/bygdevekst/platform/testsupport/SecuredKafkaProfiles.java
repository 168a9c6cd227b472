package no.bygdevekst.platform.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.testing.RealInfrastructureResource;

/**
 * One Quarkus start per way of connecting to the secured broker (each needs its own settings): the
 * real PostgreSQL of the run and the {@link SecuredKafkaResource} in the given mode, instead of the
 * plaintext broker the other tests share.
 */
public final class SecuredKafkaProfiles {
  private SecuredKafkaProfiles() {}

  abstract static class Secured implements QuarkusTestProfile {
    abstract String mode();

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(
              RealInfrastructureResource.class, Map.of("database", "platform", "kafka", "false")),
          new TestResourceEntry(SecuredKafkaResource.class, Map.of("mode", mode())));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  public static final class MutualTls extends Secured {
    @Override
    String mode() {
      return "mutual-tls";
    }
  }

  public static final class Scram extends Secured {
    @Override
    String mode() {
      return "scram";
    }
  }

  public static final class WrongPassword extends Secured {
    @Override
    String mode() {
      return "wrong-password";
    }
  }

  public static final class Untrusted extends Secured {
    @Override
    String mode() {
      return "untrusted";
    }
  }
}
