package no.bygdevekst.platform.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for a Kafka broker with TLS listeners and for its clients, made with the JDK's
 * {@code keytool} as an operator would: a test CA, a broker certificate for {@code localhost} and
 * {@code 127.0.0.1} signed by it, a client certificate signed by it (for mutual TLS), a truststore
 * with the CA, and a truststore with another CA that signed nothing here (a client that does not
 * trust the broker). All PKCS12, as Strimzi issues them, with one password.
 *
 * @param folder where the files are
 * @param password of every store
 */
public record TestCertificates(Path folder, String password) {
  private static final String DAYS = "30";
  private static final String PASSWORD = "test-store-password";

  /** The broker's key and certificate chain. */
  public Path brokerKeystore() {
    return folder.resolve("broker.p12");
  }

  /** The test CA, trusted by the broker (client certificates) and by clients (the broker). */
  public Path truststore() {
    return folder.resolve("truststore.p12");
  }

  /** A client's key and certificate chain, for mutual TLS. */
  public Path clientKeystore() {
    return folder.resolve("client.p12");
  }

  /** A truststore with another CA only: a client with it does not trust the broker. */
  public Path foreignTruststore() {
    return folder.resolve("foreign-truststore.p12");
  }

  /** The files another process made in {@code folder}. */
  public static TestCertificates madeIn(Path folder) {
    return new TestCertificates(folder.toAbsolutePath(), PASSWORD);
  }

  /** Makes the files in {@code folder}, or reuses them when a previous run left them there. */
  public static TestCertificates in(Path folder) {
    TestCertificates certificates = madeIn(folder);
    List<Path> all =
        List.of(
            certificates.brokerKeystore(),
            certificates.truststore(),
            certificates.clientKeystore(),
            certificates.foreignTruststore());
    if (all.stream().allMatch(Files::isRegularFile) && fresh(all)) {
      return certificates;
    }
    try {
      Files.createDirectories(folder);
      for (Path file : folderContents(folder)) {
        Files.delete(file);
      }
      certificates.make();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return certificates;
  }

  private void make() {
    run(
        "-genkeypair",
        "-alias",
        "ca",
        "-dname",
        "CN=Bygdevekst test CA",
        "-ext",
        "bc:c",
        "-keystore",
        file("ca.p12"));
    run(
        "-exportcert",
        "-alias",
        "ca",
        "-rfc",
        "-file",
        file("ca.pem"),
        "-keystore",
        file("ca.p12"));
    // The three chains need only the CA: make them side by side.
    CompletableFuture<?> broker =
        CompletableFuture.runAsync(
            () ->
                signed(
                    "broker",
                    "CN=localhost",
                    "SAN=dns:localhost,ip:127.0.0.1",
                    "EKU=serverAuth,clientAuth"));
    CompletableFuture<?> client =
        CompletableFuture.runAsync(
            () -> signed("client", "CN=probe-service", null, "EKU=clientAuth"));
    CompletableFuture<?> trust =
        CompletableFuture.runAsync(
            () -> {
              importTrusted("truststore.p12", "ca", "ca.pem");
              run(
                  "-genkeypair",
                  "-alias",
                  "other",
                  "-dname",
                  "CN=Another CA",
                  "-ext",
                  "bc:c",
                  "-keystore",
                  file("other-ca.p12"));
              run(
                  "-exportcert",
                  "-alias",
                  "other",
                  "-rfc",
                  "-file",
                  file("other-ca.pem"),
                  "-keystore",
                  file("other-ca.p12"));
              importTrusted("foreign-truststore.p12", "other", "other-ca.pem");
            });
    CompletableFuture.allOf(broker, client, trust).join();
  }

  /** A key pair {@code name}.p12 whose certificate the test CA signed, with the chain installed. */
  private void signed(String name, String dname, String san, String eku) {
    String store = file(name + ".p12");
    run("-genkeypair", "-alias", name, "-dname", dname, "-keystore", store);
    run("-certreq", "-alias", name, "-file", file(name + ".csr"), "-keystore", store);
    List<String> sign =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-alias",
                "ca",
                "-rfc",
                "-infile",
                file(name + ".csr"),
                "-outfile",
                file(name + ".pem"),
                "-keystore",
                file("ca.p12"),
                "-ext",
                eku,
                "-ext",
                "KU=digitalSignature,keyEncipherment"));
    if (san != null) {
      sign.addAll(List.of("-ext", san));
    }
    run(sign.toArray(String[]::new));
    run("-importcert", "-alias", "ca", "-file", file("ca.pem"), "-noprompt", "-keystore", store);
    run("-importcert", "-alias", name, "-file", file(name + ".pem"), "-keystore", store);
  }

  private void importTrusted(String store, String alias, String pem) {
    run("-importcert", "-alias", alias, "-file", file(pem), "-noprompt", "-keystore", file(store));
  }

  private void run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", password));
    if (args[0].equals("-genkeypair")) {
      command.addAll(
          List.of("-keyalg", "RSA", "-keysize", "2048", "-validity", DAYS, "-keypass", password));
    }
    if (args[0].equals("-gencert")) {
      command.addAll(List.of("-validity", DAYS));
    }
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "keytool " + String.join(" ", args) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String file(String name) {
    return folder.resolve(name).toString();
  }

  /** Made less than a third of their validity ago. */
  private static boolean fresh(List<Path> files) {
    try {
      long newest = Long.MAX_VALUE;
      for (Path file : files) {
        newest = Math.min(newest, Files.getLastModifiedTime(file).toMillis());
      }
      return System.currentTimeMillis() - newest < TimeUnit.DAYS.toMillis(10);
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> folderContents(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
