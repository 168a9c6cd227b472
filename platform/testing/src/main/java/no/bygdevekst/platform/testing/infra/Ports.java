package no.bygdevekst.platform.testing.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks that fail fast with a message a person can act on, instead of a hang. */
public final class Ports {
  private Ports() {}

  /**
   * Throws when {@code port} on 127.0.0.1 is taken.
   *
   * @param what what wanted the port, for the message
   * @param setting the setting that moves it, for the message
   */
  public static void requireFree(int port, String what, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // sockets in TIME_WAIT do not hold the port
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new PortInUseException(
          "Port "
              + port
              + " for "
              + what
              + " is already in use on 127.0.0.1. Stop what holds it (see: ss -ltnp 'sport = :"
              + port
              + "') or choose another port with "
              + setting
              + ".");
    }
  }

  /** A free port on 127.0.0.1, chosen by the operating system. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port on 127.0.0.1", e);
    }
  }

  /** A port that some other process already holds. */
  public static final class PortInUseException extends RuntimeException {
    public PortInUseException(String message) {
      super(message);
    }
  }
}
