package no.bygdevekst.platform.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request byte for byte to the application under test, as no HTTP client library will: a
 * path with a broken escape, a header with a control character, a request line of 100 KB, a chunked
 * body of any length. Answers what came back on the connection.
 */
public final class RawHttp {
  /** What the server answered. */
  public record Answer(int status, String head, String body) {
    public String contentType() {
      return header("content-type");
    }

    public String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return line.substring(prefix.length()).trim();
        }
      }
      return "";
    }
  }

  private RawHttp() {}

  /**
   * {@code method target} with these headers (Host, Content-Length and Connection: close added) and
   * body (null: none); {@code target} is sent exactly as given.
   */
  public static Answer request(
      String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1");
    head.append("\r\nHost: localhost\r\nConnection: close");
    headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
    if (body != null) {
      head.append("\r\nContent-Length: ").append(body.length);
    }
    try {
      return send(head.toString(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + abbreviated(target) + " got no answer", e);
    }
  }

  /** {@code head} without the final blank line; {@code body} may be null. */
  public static Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      // Written while the answer is read: a server that refuses a body answers before the client
      // has sent all of it.
      Thread writer =
          new Thread(
              () -> {
                try {
                  out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                  if (body != null) {
                    out.write(body);
                  }
                  out.flush();
                } catch (IOException closed) {
                  // the server answered and closed before it had read everything
                }
              },
              "raw-http-writer");
      writer.start();
      try {
        return read(socket.getInputStream());
      } finally {
        writer.interrupt();
      }
    }
  }

  /** A chunked body of these pieces, then the last chunk. */
  public static byte[] chunks(String... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String piece : pieces) {
      chunk(out, piece.getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A chunked body of {@code total} bytes in chunks of 64 KB, then the last chunk. */
  public static byte[] chunked(int total) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int sent = 0; sent < total; sent += 65_536) {
      chunk(out, "x".repeat(Math.min(65_536, total - sent)).getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(
        (Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headEnd = -1;
    int length = -1;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketException reset) {
        break;
      }
      if (n < 0) {
        break;
      }
      all.write(buffer, 0, n);
      if (headEnd < 0) {
        String text = all.toString(StandardCharsets.ISO_8859_1);
        headEnd = text.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
          length = contentLength(text.substring(0, headEnd));
        }
      }
      if (headEnd >= 0 && length >= 0 && all.size() >= headEnd + 4 + length) {
        break;
      }
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("No answer: " + abbreviated(text));
    }
    String head = text.substring(0, end);
    String body = text.substring(end + 4);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = dechunked(body);
    }
    return new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
  }

  private static String dechunked(String body) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < body.length()) {
      int lineEnd = body.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return -1;
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
