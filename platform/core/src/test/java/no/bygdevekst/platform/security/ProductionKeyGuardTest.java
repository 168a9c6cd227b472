package no.bygdevekst.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionKeyGuardTest {

  @Test
  void refusesTheDevelopmentKeyAndIssuerAndMissingSettings() throws Exception {
    String devKey =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream(ProductionKeyGuard.DEV_KEY)
                .readAllBytes());
    Path copy = Files.createTempFile("copied-dev-key", ".pem");
    Files.writeString(copy, devKey);
    var e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ProductionKeyGuard.verify(
                    Optional.of("https://idp.example"),
                    Optional.of(copy.toString()),
                    Optional.empty()));
    assertTrue(e.getMessage().contains("development signing key"));
    assertThrows(
        IllegalStateException.class,
        () ->
            ProductionKeyGuard.verify(
                Optional.of("https://idp.example"),
                Optional.of(ProductionKeyGuard.DEV_KEY),
                Optional.empty()));
    assertThrows(
        IllegalStateException.class,
        () ->
            ProductionKeyGuard.verify(
                Optional.of(ProductionKeyGuard.DEV_ISSUER),
                Optional.of("https://idp.example/jwks"),
                Optional.empty()));
    assertThrows(
        IllegalStateException.class,
        () ->
            ProductionKeyGuard.verify(
                Optional.empty(), Optional.of("https://idp.example/jwks"), Optional.empty()));
    assertThrows(
        IllegalStateException.class,
        () ->
            ProductionKeyGuard.verify(
                Optional.of("https://idp.example"), Optional.empty(), Optional.empty()));
    assertDoesNotThrow(
        () ->
            ProductionKeyGuard.verify(
                Optional.of("https://idp.example"),
                Optional.of("https://idp.example/jwks"),
                Optional.empty()));
  }
}
