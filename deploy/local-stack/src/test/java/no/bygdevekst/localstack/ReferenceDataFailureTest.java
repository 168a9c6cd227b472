package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.bygdevekst.platform.testing.infra.Ports;
import org.junit.jupiter.api.Test;

/**
 * A stack whose reference data cannot be loaded says what failed and goes on: loading answers
 * nothing instead of throwing, so that the run command keeps the services it started running.
 */
class ReferenceDataFailureTest {
  @Test
  void aFailureToLoadTheReferenceAgreementIsToldAndNotFatal() {
    Map<String, String> env = new HashMap<>();
    env.put("BYGDEVEKST_AGREEMENT_PORT", Integer.toString(Ports.free())); // nothing answers there
    LocalStack stack = new LocalStack(StackConfig.fromEnvironment(StackProcess.ROOT, env), false);
    PrintStream out = System.out;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    Optional<String> loaded;
    try {
      System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
      loaded = stack.loadReferenceData();
    } finally {
      System.setOut(out);
    }
    String text = said.toString(StandardCharsets.UTF_8);
    assertTrue(loaded.isEmpty(), text);
    assertTrue(text.contains("Could not load the reference data: "), text);
    assertTrue(text.contains(env.get("BYGDEVEKST_AGREEMENT_PORT")), "names what failed: " + text);
    assertTrue(text.contains("keep running"), text);
  }
}
