package no.bygdevekst.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how long a change made in one service takes to show in another (through Kafka alone):
 * from the moment the write was answered until the other service's HTTP API shows it. Several
 * watches on the same change are polled side by side, so that each delay is its own.
 */
final class Visibility {
  /** How often a watch is polled; the delays are exact to about this. */
  static final Duration POLL = Duration.ofMillis(100);

  /**
   * What a poll found: null once the change is visible, otherwise what was seen instead (for the
   * message when it never shows).
   */
  @FunctionalInterface
  interface Probe {
    String notYet();
  }

  record Watch(String step, String from, String to, Probe probe) {}

  /**
   * One measured delay.
   *
   * @param alreadyVisible the change was made by an earlier run and was visible at the first poll,
   *     so {@code delay} is only how long that poll took
   */
  record Timing(String step, String from, String to, Duration delay, boolean alreadyVisible) {}

  private final Duration timeout;
  private final List<Timing> timings = new ArrayList<>();

  Visibility(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Polls every watch until each is visible, and records its delay.
   *
   * @param sinceNanos {@link System#nanoTime()} when the write that the watches wait for was
   *     answered, or null when this run did not make it (it was there already)
   */
  void await(Long sinceNanos, Watch... watches) {
    long start = sinceNanos != null ? sinceNanos : System.nanoTime();
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<Watch, String> pending = new LinkedHashMap<>();
    for (Watch w : watches) {
      pending.put(w, "not polled yet");
    }
    boolean firstRound = true;
    while (!pending.isEmpty()) {
      for (Watch w : List.copyOf(pending.keySet())) {
        String seen = w.probe().notYet();
        if (seen == null) {
          long now = System.nanoTime();
          pending.remove(w);
          Duration delay = Duration.ofNanos(now - start);
          boolean there = sinceNanos == null && firstRound;
          timings.add(new Timing(w.step(), w.from(), w.to(), delay, there));
          if (there) {
            LocalStack.say("  %s: already visible in %s", w.step(), w.to());
          } else {
            LocalStack.say("  %s: visible in %s after %s", w.step(), w.to(), seconds(delay));
          }
        } else {
          pending.put(w, seen);
        }
      }
      firstRound = false;
      if (pending.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        StringBuilder message =
            new StringBuilder("Not visible within ").append(timeout.toSeconds()).append(" s:");
        pending.forEach(
            (w, seen) ->
                message
                    .append("\n  ")
                    .append(w.step())
                    .append(" (")
                    .append(w.from())
                    .append(" -> ")
                    .append(w.to())
                    .append("): last seen ")
                    .append(seen));
        throw new LocalStack.StackException(message.toString());
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LocalStack.StackException("Interrupted while waiting for " + pending.keySet());
      }
    }
  }

  List<Timing> timings() {
    return List.copyOf(timings);
  }

  /** The delays as a table, one line per watch, in the order they became visible. */
  String table() {
    StringBuilder out = new StringBuilder();
    String format = "  %-48s %-26s %10s%n";
    out.append(String.format(format, "step", "from -> to", "delay"));
    for (Timing t : timings) {
      out.append(
          String.format(
              format,
              t.step(),
              t.from() + " -> " + t.to(),
              t.alreadyVisible() ? "(there)" : seconds(t.delay())));
    }
    return out.toString();
  }

  static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
  }
}
