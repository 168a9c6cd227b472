package no.bygdevekst.platform.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the platform logged, for tests that check what an operator reads. Installed before the
 * application starts (from a test resource), so that nothing said at start-up is missed.
 */
public final class CapturedLog {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();
  private static final Logger PLATFORM = Logger.getLogger("no.bygdevekst.platform");
  private static final Handler HANDLER =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          Object[] parameters = record.getParameters();
          if (parameters != null && parameters.length > 0 && message != null) {
            try {
              message = String.format(message, parameters);
            } catch (RuntimeException e) {
              // keep the pattern as it is
            }
          }
          LINES.add(record.getLevel() + " " + record.getLoggerName() + " " + message);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLog() {}

  public static synchronized void install() {
    LINES.clear();
    PLATFORM.removeHandler(HANDLER);
    PLATFORM.addHandler(HANDLER);
  }

  public static List<String> lines() {
    return List.copyOf(LINES);
  }
}
