package no.bygdevekst.platform.it;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request byte for byte, as no HTTP client library will: a path with a broken escape, a
 * header with a control character, a request line of 100 KB, a chunked body that never ends in
 * time. Answers what came back on the connection.
 */
final class RawHttp {
  record Answer(int status, String head, String body) {
    String contentType() {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          return line.substring("content-type:".length()).trim();
        }
      }
      return "";
    }
  }

  private RawHttp() {}

  /** {@code head} without the final blank line; {@code body} may be null. */
  static Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(20_000);
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
  static byte[] chunks(String... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String piece : pieces) {
      byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(
          (Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(bytes);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A chunked body of {@code total} bytes in chunks of 64 KB, then the last chunk. */
  static byte[] chunked(int total) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int sent = 0;
    while (sent < total) {
      int size = Math.min(65_536, total - sent);
      out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes("x".repeat(size).getBytes(StandardCharsets.US_ASCII));
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      sent += size;
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
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
      String text = all.toString(StandardCharsets.ISO_8859_1);
      if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
        length = contentLength(text.substring(0, headEnd));
      }
      if (headEnd >= 0 && length >= 0 && all.size() >= headEnd + 4 + length) {
        break;
      }
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("No answer: " + text);
    }
    String head = text.substring(0, end);
    int status = Integer.parseInt(head.split(" ")[1]);
    return new Answer(status, head, text.substring(end + 4));
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return -1;
  }
}
