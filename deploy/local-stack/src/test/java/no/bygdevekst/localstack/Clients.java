package no.bygdevekst.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generated clients (module api-contract) of a running stack's four services, each with the
 * bearer token of one role, or none for the public endpoints. A client sends the token by a request
 * interceptor, as the java generator's native library expects.
 */
record Clients(StackConfig config) {

  no.bygdevekst.client.agreement.ApiClient agreement(String token) {
    var client = new no.bygdevekst.client.agreement.ApiClient();
    client.updateBaseUri(config.url("agreement"));
    return client.setRequestInterceptor(bearer(token));
  }

  no.bygdevekst.client.actionplan.ApiClient actionplan(String token) {
    var client = new no.bygdevekst.client.actionplan.ApiClient();
    client.updateBaseUri(config.url("actionplan"));
    return client.setRequestInterceptor(bearer(token));
  }

  no.bygdevekst.client.funding.ApiClient funding(String token) {
    var client = new no.bygdevekst.client.funding.ApiClient();
    client.updateBaseUri(config.url("funding"));
    return client.setRequestInterceptor(bearer(token));
  }

  no.bygdevekst.client.evaluation.ApiClient evaluation(String token) {
    var client = new no.bygdevekst.client.evaluation.ApiClient();
    client.updateBaseUri(config.url("evaluation"));
    return client.setRequestInterceptor(bearer(token));
  }

  /**
   * A problem-detail body as the generated type its operation declares for that status, read with
   * the generated client's own object mapper.
   */
  static <T> T problem(ObjectMapper clientMapper, String body, Class<T> declared)
      throws JsonProcessingException {
    return clientMapper.readValue(body, declared);
  }

  /** A response header by its name in any case (HTTP header names are case-insensitive). */
  static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  private static Consumer<HttpRequest.Builder> bearer(String token) {
    return token == null
        ? request -> {}
        : request -> request.header("Authorization", "Bearer " + token);
  }
}
