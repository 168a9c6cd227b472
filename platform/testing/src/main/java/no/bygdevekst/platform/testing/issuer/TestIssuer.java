package no.bygdevekst.platform.testing.issuer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * A token issuer of its own keys, for tests and the local stack: it signs tokens shaped like
 * Maskinporten's or like a person's (ID-porten), and publishes its public keys as a JWKS through an
 * {@link IssuerServer}, so that the services verify its tokens exactly as they verify the real
 * issuers'. {@link #rotateKey()} starts signing with a new key id while the old one stays
 * published, as a real issuer rotates.
 */
public final class TestIssuer {
  /** What its tokens look like. */
  public enum Shape {
    /** {@code scope}, {@code consumer}, {@code client_id}: another system's access token. */
    MASKINPORTEN,
    /** {@code sub}, {@code pid}, {@code acr}: a person's access token. */
    PERSON
  }

  private final String name;
  private final Shape shape;
  private final String audience;
  private final List<RsaJsonWebKey> published = new CopyOnWriteArrayList<>();
  private volatile RsaJsonWebKey signing;
  private volatile String base = "http://unmounted";
  private int generation;

  /**
   * @param name its path on the server, and the prefix of its key ids
   * @param audience the {@code aud} of its tokens, the resource the services expect
   */
  public TestIssuer(String name, Shape shape, String audience) {
    this.name = name;
    this.shape = shape;
    this.audience = audience;
    rotateKey();
  }

  public String name() {
    return name;
  }

  public Shape shape() {
    return shape;
  }

  public String audience() {
    return audience;
  }

  /** Its {@code iss}: Maskinporten's ends with a slash, as {@code https://maskinporten.no/}. */
  public String issuer() {
    return base + "/" + name + (shape == Shape.MASKINPORTEN ? "/" : "");
  }

  /**
   * Where its public keys are: {@code .../jwk} as Maskinporten, {@code .../jwks.json} as ID-porten.
   */
  public String jwksUrl() {
    return base + jwksPath();
  }

  String jwksPath() {
    return "/" + name + (shape == Shape.MASKINPORTEN ? "/jwk" : "/jwks.json");
  }

  String tokenPath() {
    return "/" + name + "/token";
  }

  void mountAt(String base) {
    this.base = base;
  }

  /** The key id it signs with now. */
  public String keyId() {
    return signing.getKeyId();
  }

  /**
   * Makes a new signing key with a new key id and publishes it beside the old ones.
   *
   * @return the new key id
   */
  public synchronized String rotateKey() {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId(name + "-" + (++generation));
      key.setAlgorithm("RS256");
      key.setUse("sig");
      published.add(key);
      signing = key;
      return key.getKeyId();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not make an RSA key", e);
    }
  }

  /** The public keys, as a JSON Web Key Set. */
  public String jwks() {
    return new JsonWebKeySet(List.copyOf(published)).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** Signs the claims as this issuer, with its current key. */
  public String sign(JwtClaimsBuilder claims) {
    return sign(claims, this, keyId());
  }

  /**
   * Signs claims that name {@code claimed} as their issuer with this issuer's key and key id: a
   * token one issuer forged in another's name.
   */
  public String signAs(TestIssuer claimed, JwtClaimsBuilder claims) {
    return sign(claims, claimed, keyId());
  }

  /**
   * Like {@link #signAs}, but with {@code claimed}'s key id, so that only the signature is wrong.
   */
  public String signAsWithTheirKeyId(TestIssuer claimed, JwtClaimsBuilder claims) {
    return sign(claims, claimed, claimed.keyId());
  }

  private String sign(JwtClaimsBuilder claims, TestIssuer claimed, String keyId) {
    return claims.issuer(claimed.issuer()).jws().keyId(keyId).sign(signing.getRsaPrivateKey());
  }

  /**
   * A Maskinporten-shaped access token's claims: {@code scope} (space-separated), {@code consumer}
   * ({@code {"authority": "iso6523-actorid-upis", "ID": "0192:<orgno>"}}), {@code client_id},
   * {@code client_amr}, {@code token_type}, {@code aud}, {@code iat}, {@code exp} (120 s), {@code
   * jti}. Add {@code supplier} with {@link TokenShapes#supplier}.
   */
  public JwtClaimsBuilder maskinporten(String scope, String consumerOrganisationNumber) {
    return TokenShapes.maskinporten(audience, scope, consumerOrganisationNumber);
  }

  /**
   * A person's access token's claims, as ID-porten issues them: {@code sub} (pairwise), {@code
   * pid}, {@code acr}, {@code amr}, {@code client_id}, {@code aud}, {@code iat}, {@code exp},
   * {@code jti}.
   */
  public JwtClaimsBuilder person(String subject, String pid) {
    return TokenShapes.person(audience, subject, pid);
  }

  /**
   * A token of this issuer's shape from the fields of a token request (see {@link IssuerServer}).
   */
  String mint(Map<String, String> request, long lifetimeSeconds) {
    JwtClaimsBuilder claims =
        switch (shape) {
          case MASKINPORTEN -> {
            JwtClaimsBuilder c =
                maskinporten(
                    request.getOrDefault("scope", "kdd:bygdevekst.read"),
                    require(request, "consumer"));
            if (request.containsKey("supplier")) {
              TokenShapes.supplier(c, request.get("supplier"));
            }
            yield c;
          }
          case PERSON ->
              person(request.getOrDefault("sub", UUID.randomUUID().toString()), request.get("pid"));
        };
    long now = System.currentTimeMillis() / 1000;
    return sign(claims.issuedAt(now).expiresAt(now + lifetimeSeconds));
  }

  private static String require(Map<String, String> request, String field) {
    String value = request.get(field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the token request needs '" + field + "'");
    }
    return value;
  }

  /** Claims with nothing in them yet, for tokens of an odd shape. */
  public static JwtClaimsBuilder claims() {
    return Jwt.claims();
  }
}
