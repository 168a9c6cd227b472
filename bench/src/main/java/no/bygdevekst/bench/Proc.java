package no.bygdevekst.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** What /proc tells about a process: its resident memory. */
final class Proc {
  private Proc() {}

  /** Resident set size in MB (VmRSS), or NaN when the process is gone. */
  static double rssMb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return Double.NaN;
  }

  /** Samples a process's RSS every 200 ms on a daemon thread and keeps the highest value. */
  static final class PeakRss implements AutoCloseable {
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    PeakRss(long pid) {
      thread =
          new Thread(
              () -> {
                while (running) {
                  double mb = rssMb(pid);
                  if (!Double.isNaN(mb)) {
                    peakKb.accumulateAndGet((long) (mb * 1024), Math::max);
                  }
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "rss-" + pid);
      thread.setDaemon(true);
      thread.start();
    }

    double peakMb() {
      return peakKb.get() / 1024.0;
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
