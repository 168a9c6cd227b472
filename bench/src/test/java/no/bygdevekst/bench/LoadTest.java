package no.bygdevekst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load tools' output, as wrk 4 and hey 0.1 print it on Debian, read into figures. */
class LoadTest {
  @Test
  void readsWrkRateLatenciesAndRequests() throws IOException {
    Load.Result r = Load.parseWrk(resource("wrk.txt"));
    assertEquals(394.49, r.perSecond(), 1e-9);
    assertEquals(3.66, r.p50(), 1e-9);
    assertEquals(62.35, r.p99(), 1e-9);
    assertEquals(397, r.requests());
    assertEquals(0, r.failures());
  }

  @Test
  void countsWrkNon2xxResponsesAsFailures() throws IOException {
    Load.Result r = Load.parseWrk(resource("wrk-non-2xx.txt"));
    assertEquals(1020, r.failures());
    assertEquals(0.87, r.p50(), 1e-9);
    assertEquals(146.96, r.p99(), 1e-9);
  }

  @Test
  void readsWrkDurationsInEveryUnit() {
    String out =
        "  Latency Distribution\n     50%  812.00us\n     99%    1.50s\n"
            + "  10 requests in 1.00s, 1KB read\n"
            + "  Socket errors: connect 1, read 2, write 3, timeout 4\n"
            + "Requests/sec:     10.00\n";
    Load.Result r = Load.parseWrk(out);
    assertEquals(0.812, r.p50(), 1e-9);
    assertEquals(1500, r.p99(), 1e-9);
    assertEquals(10, r.failures());
  }

  @Test
  void readsHeyRateLatenciesInMillisecondsAndStatusCodes() throws IOException {
    Load.Result r = Load.parseHey(resource("hey.txt"));
    assertEquals(99.3653, r.perSecond(), 1e-9);
    assertEquals(2.7, r.p50(), 1e-9);
    assertEquals(36.0, r.p99(), 1e-9);
    assertEquals(100, r.requests());
    assertEquals(0, r.failures());
  }

  @Test
  void countsHeyErrorsAndNon2xxAsFailures() {
    String out =
        "  Requests/sec:\t50.0\n  50%% in 0.0010 secs\n  99%% in 0.0100 secs\n"
            + "Status code distribution:\n  [200]\t40 responses\n  [503]\t5 responses\n\n"
            + "Error distribution:\n  [3]\tGet \"http://127.0.0.1:1/\": dial tcp: refused\n";
    Load.Result r = Load.parseHey(out.replace("%%", "%"));
    assertEquals(48, r.requests());
    assertEquals(8, r.failures());
    assertEquals(1.0, r.p50(), 1e-9);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LoadTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
