package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * Request bodies: the media type checked before a byte is read, and the size limit checked while
 * reading (a declared length over the limit is refused at once; a chunked body is cut off at the
 * first byte past the limit), so no body larger than the limit is ever held.
 */
final class Bodies {

  private Bodies() {}

  /**
   * Gets the media type of a request without parameters, lower case, or answers 415 if it is
   * missing, not one of the allowed types, or names a charset other than UTF-8.
   */
  static String requireMediaType(String contentType, Set<String> allowed) {
    if (contentType == null || contentType.isBlank()) {
      throw new HttpProblem(HttpProblem.Type.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type is required, one of " + String.join(", ", sorted(allowed)));
    }
    String[] parts = contentType.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(type)) {
      throw new HttpProblem(HttpProblem.Type.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type must be one of " + String.join(", ", sorted(allowed)) + ": "
              + Limits.shown(contentType));
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=") && !p.equals("charset=utf-8")
          && !p.equals("charset=\"utf-8\"")) {
        throw new HttpProblem(HttpProblem.Type.UNSUPPORTED_MEDIA_TYPE,
            "Only the UTF-8 charset is read: " + Limits.shown(contentType));
      }
    }
    return type;
  }

  private static java.util.List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  /**
   * The request attribute set once the service has started to read a request's body: until then
   * a client that sent {@code Expect: 100-continue} has not been asked for it.
   */
  static final String OPENED = "sla-server.body-opened";

  /**
   * Opens a request's body so that reading past the limit answers 413; refuses a declared length
   * over it before the body is asked for.
   */
  static InputStream open(Context ctx, long limit) {
    long declaredLength = ctx.contentLength();
    if (declaredLength > limit) {
      throw tooLarge(limit, "declares " + declaredLength + " bytes");
    }
    ctx.attribute(OPENED, Boolean.TRUE);
    return new Limited(ctx.bodyInputStream(), limit);
  }

  /** Whether the service has started to read the request's body. */
  static boolean opened(Context ctx) {
    return ctx.attribute(OPENED) != null;
  }

  /** Reads a whole body within a limit. */
  static byte[] readAll(Context ctx, long limit) {
    try (InputStream body = open(ctx, limit)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      body.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpProblem tooLarge(long limit, String what) {
    return new HttpProblem(HttpProblem.Type.TOO_LARGE,
        "Request body is over the limit of " + limit + " bytes: it " + what);
  }

  /** A stream that fails with 413 at the first byte past the limit. */
  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count(s);
      return s;
    }

    private void count(long n) {
      count += n;
      if (count > limit) {
        throw tooLarge(limit, "has more");
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
