package no.bygdevekst.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths in the source tree, found from the working directory of the test run. */
final class Repo {
  private Repo() {}

  private static final Path ROOT = findRoot();

  static Path root() {
    return ROOT;
  }

  static Path k8s() {
    return ROOT.resolve("deploy/k8s");
  }

  /** The overlays under deploy/k8s/overlays, by directory name. */
  static List<String> overlays() {
    try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("deploy/k8s/base"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "No deploy/k8s/base above " + Path.of("").toAbsolutePath() + ": run from the repository");
  }
}
