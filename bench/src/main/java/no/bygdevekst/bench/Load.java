package no.bygdevekst.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load tools: wrk (maximum rate), hey (a steady rate), and a closed-loop Java client. */
final class Load {
  private Load() {}

  /** One run of a tool: requests per second, latency percentiles in ms, and failures. */
  record Result(double perSecond, double p50, double p99, long requests, long failures) {}

  /** wrk with 2 threads and 50 connections for {@code seconds}, with latency percentiles. */
  static Result wrk(String url, String token, int seconds) {
    List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c50", "-d" + seconds + "s"));
    command.add("--latency");
    if (token != null) {
      command.add("-H");
      command.add("Authorization: Bearer " + token);
    }
    command.add(url);
    return parseWrk(run(command));
  }

  /** What wrk printed with {@code --latency}: requests/s, p50, p99, requests, failures. */
  static Result parseWrk(String out) {
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    double p50 = duration(out, "\\s50%\\s+([0-9.]+)(us|ms|s|m)");
    double p99 = duration(out, "\\s99%\\s+([0-9.]+)(us|ms|s|m)");
    long requests = (long) number(out, "([0-9]+) requests in");
    long failures = 0;
    Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)").matcher(out);
    if (non2xx.find()) {
      failures += Long.parseLong(non2xx.group(1));
    }
    Matcher errors =
        Pattern.compile(
                "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)")
            .matcher(out);
    if (errors.find()) {
      for (int i = 1; i <= 4; i++) {
        failures += Long.parseLong(errors.group(i));
      }
    }
    return new Result(rps, p50, p99, requests, failures);
  }

  /** hey at a steady {@code rate} requests per second: 10 workers, each at rate/10 per second. */
  static Result hey(String url, String token, int seconds, int rate) {
    int workers = 10;
    List<String> command =
        new ArrayList<>(
            List.of(
                "hey",
                "-T", // hey's default Content-Type (text/html) on a GET gets 415 from JAX-RS
                "application/json",
                "-z",
                seconds + "s",
                "-c",
                Integer.toString(workers),
                "-q",
                Integer.toString(rate / workers)));
    if (token != null) {
      command.add("-H");
      command.add("Authorization: Bearer " + token);
    }
    command.add(url);
    return parseHey(run(command));
  }

  /** What hey printed: requests/s, p50, p99, requests, failures (non-2xx and errors). */
  static Result parseHey(String out) {
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    double p50 = number(out, "50%+ in ([0-9.]+) secs") * 1000;
    double p99 = number(out, "99%+ in ([0-9.]+) secs") * 1000;
    long ok = 0;
    long all = 0;
    Matcher codes = Pattern.compile("\\[([0-9]{3})\\]\\s+([0-9]+) responses").matcher(out);
    while (codes.find()) {
      long n = Long.parseLong(codes.group(2));
      all += n;
      if (codes.group(1).startsWith("2")) {
        ok += n;
      }
    }
    long errors = 0;
    int at = out.indexOf("Error distribution:");
    if (at >= 0) {
      Matcher e = Pattern.compile("\\[([0-9]+)\\]").matcher(out.substring(at));
      while (e.find()) {
        errors += Long.parseLong(e.group(1));
      }
    }
    return new Result(rps, p50, p99, all + errors, all - ok + errors);
  }

  /** What one request of the closed-loop client did: its status and latency. */
  record Sample(int status, long nanos) {}

  /**
   * {@code workers} threads, each sending its next request as soon as the last one answered, for
   * {@code seconds}; worker {@code i} sends {@code request.apply(i)}. Success is any 2xx.
   */
  static Result closedLoop(int workers, int seconds, IntFunction<RequestTask> request) {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(workers);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    for (int w = 0; w < workers; w++) {
      RequestTask task = request.apply(w);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    Sample s = task.send();
                    if (s.status() / 100 == 2) {
                      latencies.add(s.nanos());
                    } else {
                      failures.incrementAndGet();
                      if (failures.get() <= 3) {
                        System.err.println("  a write failed with HTTP " + s.status());
                      }
                    }
                  }
                } catch (RuntimeException e) {
                  failures.incrementAndGet();
                  System.err.println("  a write worker stopped: " + e.getMessage());
                } finally {
                  done.countDown();
                }
              },
              "writer-" + w);
      t.start();
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] nanos = Stats.toArray(latencies);
    return new Result(
        nanos.length / elapsed,
        Stats.percentileMs(nanos, 50),
        Stats.percentileMs(nanos, 99),
        nanos.length + failures.get(),
        failures.get());
  }

  /** One request of a closed-loop worker. */
  interface RequestTask {
    Sample send();
  }

  /** Where each tool's whole output is kept (numbered), for a second look; null: nowhere. */
  static volatile java.nio.file.Path rawDir;

  private static final AtomicInteger runs = new AtomicInteger();

  static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      if (rawDir != null) {
        java.nio.file.Files.createDirectories(rawDir);
        String shown =
            String.join(" ", command).replaceAll("Bearer [A-Za-z0-9._-]+", "Bearer <token>");
        java.nio.file.Files.writeString(
            rawDir.resolve(String.format("%03d-%s.txt", runs.incrementAndGet(), command.get(0))),
            "$ " + shown + "\n" + out);
      }
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", command.get(0)) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(command.get(0) + " could not run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** A wrk duration such as 812.00us, 1.23ms, 2.01s, in milliseconds. */
  private static double duration(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "us" -> v / 1000;
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000;
    };
  }
}
