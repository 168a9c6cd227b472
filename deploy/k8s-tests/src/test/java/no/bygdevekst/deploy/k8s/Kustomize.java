package no.bygdevekst.deploy.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code kubectl kustomize} on a directory: a local render, no cluster involved. */
final class Kustomize {
  private Kustomize() {}

  /** The command: {@code $KUBECTL} when set, else {@code kubectl} from the PATH. */
  static String kubectl() {
    String configured = System.getenv("KUBECTL");
    return configured == null || configured.isBlank() ? "kubectl" : configured;
  }

  static String render(Path dir) {
    File out;
    File err;
    try {
      out = File.createTempFile("kustomize", ".yaml");
      err = File.createTempFile("kustomize", ".err");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      Process process;
      try {
        process =
            new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                .redirectOutput(out)
                .redirectError(err)
                .start();
      } catch (IOException e) {
        throw new AssertionError(
            "kubectl is missing ("
                + e.getMessage()
                + "). These checks render deploy/k8s with 'kubectl kustomize' and need no cluster."
                + " Install it with .ci/checks/kubernetes.sh (as root: apt-get install kubectl),"
                + " or point KUBECTL at a kubectl binary.",
            e);
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kubectl kustomize " + dir + " took more than 120 s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "kubectl kustomize "
                + dir
                + " failed (exit "
                + process.exitValue()
                + "):\n"
                + Files.readString(err.toPath(), StandardCharsets.UTF_8));
      }
      return Files.readString(out.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      out.delete();
      err.delete();
    }
  }
}
