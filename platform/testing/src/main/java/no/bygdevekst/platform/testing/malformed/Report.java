package no.bygdevekst.platform.testing.malformed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far the malformed requests got, per write: the role whose token passed authorization (none:
 * every request stopped at 403), and how many were refused with a 400 that names the very field or
 * parameter (they reached validation), and the other answers by status. Printed, and written to
 * {@code target/malformed-input-<service>.txt}.
 */
final class Report {
  private final String service;
  private final StringBuilder lines = new StringBuilder();
  private int writes;
  private int authorized;
  private int requests;
  private int named;

  Report(String service) {
    this.service = service;
  }

  void add(
      WriteOperation write, Optional<String> role, List<MalformedInputContract.Outcome> outcomes) {
    writes++;
    authorized += role.isPresent() ? 1 : 0;
    requests += outcomes.size();
    long namedHere = outcomes.stream().filter(MalformedInputContract.Outcome::named).count();
    named += (int) namedHere;
    Map<Integer, Long> byStatus =
        outcomes.stream()
            .collect(
                Collectors.groupingBy(
                    MalformedInputContract.Outcome::status, TreeMap::new, Collectors.counting()));
    lines.append(
        String.format(
            "  %-62s %-13s %4d requests, %4d a 400 naming the field, by status %s%n",
            write.name(),
            role.map(r -> "as " + r).orElse("NO TOKEN"),
            outcomes.size(),
            namedHere,
            byStatus));
    outcomes.stream()
        .filter(o -> o.status() != 400)
        .forEach(
            o ->
                lines
                    .append("      ")
                    .append(o.status())
                    .append(' ')
                    .append(o.sent().describe())
                    .append('\n'));
  }

  void write() {
    String summary =
        String.format(
            "Malformed input, %s-service: %d writes, %d past authorization, %d requests, %d (%d%%)"
                + " refused with a 400 naming the field or parameter%n",
            service,
            writes,
            authorized,
            requests,
            named,
            requests == 0 ? 0 : Math.round(100.0 * named / requests));
    String text = summary + lines;
    System.out.print(text);
    try {
      Path file = Path.of("target", "malformed-input-" + service + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
