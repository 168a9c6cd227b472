package no.bygdevekst.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import no.bygdevekst.platform.problem.Problems;

/**
 * {@code Idempotency-Key} for commands that create or move money.
 *
 * <p>The key is claimed, the command runs and its response is stored, all in one transaction. A
 * repeat with the same key and the same body gets the stored response (with {@code
 * Idempotent-Replayed: true}) and changes nothing; the same key with another body is refused with
 * 422. Two requests racing with one key are serialised by the key's primary key: the second waits
 * for the first to commit and then replays it. A command that is refused stores nothing, so the
 * client may correct it and retry with the same key.
 */
@ApplicationScoped
public class IdempotentCommands {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";

  private final EntityManager em;
  private final ObjectMapper mapper;

  @Inject
  public IdempotentCommands(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /**
   * Runs {@code command} once per {@code (scope, key)}.
   *
   * @param scope what the key is unique within, such as {@code POST
   *     /api/v1/grants/{id}/allocations} with the id filled in
   * @param key the client's key; null runs the command without idempotency
   * @param request the request body, hashed to tell a repeat from a different request
   * @param command runs in this transaction and returns the response to store
   */
  @Transactional
  public Response execute(String scope, String key, Object request, Supplier<Response> command) {
    if (key == null) {
      return command.get();
    }
    if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw Problems.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
    }
    String hash = hash(request);
    int claimed =
        em.createNativeQuery(
                "insert into idempotency_key (scope, idempotency_key, request_hash) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, scope)
            .setParameter(2, key)
            .setParameter(3, hash)
            .executeUpdate();
    if (claimed == 0) {
      return replay(scope, key, hash);
    }
    Response response = command.get();
    String body;
    try {
      body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response is not serialisable", e);
    }
    URI location = response.getLocation();
    em.createNativeQuery(
            "update idempotency_key set status = ?1, response_body = ?2, location = ?3"
                + " where scope = ?4 and idempotency_key = ?5")
        .setParameter(1, response.getStatus())
        .setParameter(2, body)
        .setParameter(3, location == null ? null : location.toString())
        .setParameter(4, scope)
        .setParameter(5, key)
        .executeUpdate();
    return response;
  }

  private Response replay(String scope, String key, String hash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select request_hash, status, response_body, location from idempotency_key"
                    + " where scope = ?1 and idempotency_key = ?2")
            .setParameter(1, scope)
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!hash.equals(row[0])) {
      throw Problems.unprocessable(
          "Idempotency-Key " + key + " was used before with another request body; use a new key");
    }
    Response.ResponseBuilder replay =
        Response.status(((Number) row[1]).intValue()).header(REPLAYED, "true");
    if (row[2] != null) {
      replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (row[3] != null) {
      replay.header(HttpHeaders.LOCATION, row[3]);
    }
    return replay.build();
  }

  private String hash(Object request) {
    try {
      byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash the request", e);
    }
  }
}
