package no.bygdevekst.localstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import no.bygdevekst.platform.testing.tracing.OtlpReceiver;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The stack as {@code ./bygdevekst run --with-scenario} starts it, shared by every test class of
 * the run that declares a {@link StackProcess} parameter (and the {@link OtlpReceiver} its services
 * export their traces to): started once, by the first that needs it, and stopped after the last,
 * where a stop that does not end the stack fails the run. Each start of the four services costs a
 * minute or two of CI, and the tests using it add their own data beside the scenario's without
 * assuming they are alone.
 */
final class ScenarioStack implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ScenarioStack.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == StackProcess.class || type == OtlpReceiver.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    return parameter.getParameter().getType() == OtlpReceiver.class
        ? running.collector()
        : running.stack();
  }

  /** The shared stack; JUnit closes it when the whole run is over. */
  record Running(StackProcess stack, OtlpReceiver collector) implements AutoCloseable {
    static Running start() {
      try {
        Map<String, String> env = StackProcess.freshEnvironment();
        // The services export their traces to a collector of the tests' own.
        OtlpReceiver collector = OtlpReceiver.start();
        env.put("BYGDEVEKST_OTLP_ENDPOINT", collector.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.5S");
        StackProcess stack;
        try {
          stack = StackProcess.up(env, LocalStack.WITH_SCENARIO);
        } catch (Exception | Error e) {
          collector.close();
          throw e;
        }
        Running running = new Running(stack, collector);
        try {
          Duration took = stack.awaitReady(Duration.ofMinutes(5));
          System.out.printf("Stack with the scenario ready in %.1f s%n", took.toMillis() / 1000.0);
          return running;
        } catch (Throwable e) {
          stack.close();
          collector.close();
          throw e;
        }
      } catch (Exception e) {
        throw new IllegalStateException("The stack with the scenario did not start", e);
      }
    }

    @Override
    public void close() throws Exception {
      try {
        assertTrue(stack.stop(Duration.ofSeconds(90)), "stopped:\n" + stack.output());
      } finally {
        stack.close();
        collector.close();
      }
    }
  }
}
