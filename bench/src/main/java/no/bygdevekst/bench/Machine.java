package no.bygdevekst.bench;

import java.nio.file.Path;
import java.util.Locale;

/** The machine the figures were measured on. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = "unknown CPU";
    for (String line : Proc.read(Path.of("/proc/cpuinfo")).split("\n")) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).trim();
        break;
      }
    }
    double memGb = 0;
    for (String line : Proc.read(Path.of("/proc/meminfo")).split("\n")) {
      if (line.startsWith("MemTotal:")) {
        memGb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
      }
    }
    return String.format(
        Locale.ROOT,
        "%d CPUs (nproc), %s, %.1f GB memory, Java %s (%s), %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memGb,
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        Proc.read(Path.of("/proc/sys/kernel/osrelease")).isBlank()
            ? System.getProperty("os.name")
            : "Linux " + Proc.read(Path.of("/proc/sys/kernel/osrelease")).trim());
  }
}
