package no.bygdevekst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import no.bygdevekst.platform.testing.infra.Ports;
import org.junit.jupiter.api.Test;

class BenchStackTest {
  @Test
  void aPortComesFromItsVariableElseTheDefaultWhenFreeElseAnyFreeOne() throws Exception {
    assertEquals(24555, BenchStack.port(Map.of("BENCH_X_PORT", " 24555 "), "BENCH_X_PORT", 1));
    int free = Ports.free();
    assertEquals(free, BenchStack.port(Map.of(), "BENCH_X_PORT", free));
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      int held = taken.getLocalPort();
      assertNotEquals(held, BenchStack.port(Map.of(), "BENCH_X_PORT", held));
    }
  }
}
