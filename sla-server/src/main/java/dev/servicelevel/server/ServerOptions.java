package dev.servicelevel.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The command-line options of the service, parsed and checked.
 *
 * <pre>{@code
 * ServerOptions o = ServerOptions.parse("--port", "0", "--max-body", "1MB");
 * o.port();      // 0: an ephemeral port
 * o.bind();      // "127.0.0.1"
 * o.maxBody();   // 1048576
 * }</pre>
 *
 * <p>Options: {@code --port N} (0 to 65535, default 8080; 0 picks a free port),
 * {@code --bind ADDRESS} (default {@code 127.0.0.1}: loopback only), {@code --agreements DIR}
 * (a file or directory of agreement documents; default the bundled EcoShop documents),
 * {@code --token-file FILE} (a file holding the bearer token; without it no token is asked),
 * {@code --max-body SIZE} (default {@code 50MB}; a whole number with an optional unit {@code B},
 * {@code KB}, {@code MB} or {@code GB}, binary multiples: 1 MB is 1,048,576 bytes; from 1 KB to
 * 1 GB), {@code --max-concurrent N} (evaluations at once, 1 to 256, default 8), and
 * {@code --timeout SECONDS} (idle time allowed while reading a request or writing an answer, and
 * the longest wait for an evaluation slot, 1 to 3600, default 30).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServerOptions {

  /** The largest body limit that can be set: 1 GB. */
  public static final long MAX_BODY_LIMIT = 1L << 30;

  /** The smallest body limit that can be set: 1 KB. */
  public static final long MIN_BODY_LIMIT = 1L << 10;

  private final int port;
  private final String bind;
  private final Path agreements;
  private final Path tokenFile;
  private final long maxBody;
  private final int maxConcurrent;
  private final Duration timeout;

  private ServerOptions(
      int port,
      String bind,
      Path agreements,
      Path tokenFile,
      long maxBody,
      int maxConcurrent,
      Duration timeout) {
    this.port = port;
    this.bind = bind;
    this.agreements = agreements;
    this.tokenFile = tokenFile;
    this.maxBody = maxBody;
    this.maxConcurrent = maxConcurrent;
    this.timeout = timeout;
  }

  /**
   * Obtains the default options: port 8080 on 127.0.0.1, the bundled agreements, no token,
   * 50 MB bodies, 8 evaluations at once, 30 seconds.
   *
   * @return the defaults, not null
   */
  public static ServerOptions defaults() {
    return new ServerOptions(8080, "127.0.0.1", null, null, 50L << 20, 8, Duration.ofSeconds(30));
  }

  /**
   * Parses command-line arguments; options not given keep their defaults.
   *
   * @param args  the arguments, each option followed by its value, not null
   * @return the options, not null
   * @throws NullPointerException if the array or an argument is null
   * @throws IllegalArgumentException naming the option and the value if an option is unknown,
   *     lacks its value, or its value is malformed or out of range
   */
  public static ServerOptions parse(String... args) {
    Objects.requireNonNull(args, "args");
    ServerOptions o = defaults();
    int port = o.port;
    String bind = o.bind;
    Path agreements = null;
    Path tokenFile = null;
    long maxBody = o.maxBody;
    int maxConcurrent = o.maxConcurrent;
    Duration timeout = o.timeout;
    for (int i = 0; i < args.length; i += 2) {
      String name = Objects.requireNonNull(args[i], "argument");
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Option needs a value: " + shown(name));
      }
      String value = Objects.requireNonNull(args[i + 1], "argument");
      switch (name) {
        case "--port":
          port = (int) number(name, value, 0, 65535);
          break;
        case "--bind":
          if (value.isBlank()) {
            throw new IllegalArgumentException("Option --bind needs an address: " + shown(value));
          }
          bind = value;
          break;
        case "--agreements":
          agreements = Path.of(value);
          break;
        case "--token-file":
          tokenFile = Path.of(value);
          break;
        case "--max-body":
          maxBody = size(value);
          break;
        case "--max-concurrent":
          maxConcurrent = (int) number(name, value, 1, 256);
          break;
        case "--timeout":
          timeout = Duration.ofSeconds(number(name, value, 1, 3600));
          break;
        default:
          throw new IllegalArgumentException("Unknown option: " + shown(name));
      }
    }
    return new ServerOptions(
        port, bind, agreements, tokenFile, maxBody, maxConcurrent, timeout);
  }

  private static long number(String name, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Option " + name + " needs a whole number: " + shown(value), e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          "Option " + name + " must be from " + min + " to " + max + ": " + shown(value));
    }
    return n;
  }

  /**
   * Parses a size such as {@code 50MB}, {@code 512KB}, {@code 1GB} or {@code 4096} (bytes).
   *
   * @param text  the size, not null
   * @return the size in bytes, from {@link #MIN_BODY_LIMIT} to {@link #MAX_BODY_LIMIT}
   * @throws IllegalArgumentException naming the text if it is malformed or out of range
   */
  static long size(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    int shift = 0;
    if (t.endsWith("KB")) {
      shift = 10;
    } else if (t.endsWith("MB")) {
      shift = 20;
    } else if (t.endsWith("GB")) {
      shift = 30;
    }
    String digits = shift > 0 ? t.substring(0, t.length() - 2) : t.endsWith("B")
        ? t.substring(0, t.length() - 1) : t;
    if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "Option --max-body needs a size such as 50MB: " + shown(text));
    }
    long n = Long.parseLong(digits);
    if (n > (MAX_BODY_LIMIT >> shift) || (n << shift) < MIN_BODY_LIMIT) {
      throw new IllegalArgumentException(
          "Option --max-body must be from 1KB to 1GB: " + shown(text));
    }
    return n << shift;
  }

  private static String shown(String s) {
    return dev.servicelevel.agreement.Limits.shown(s);
  }

  /**
   * Gets the port to listen on; 0 picks a free one.
   *
   * @return the port, from 0 to 65535
   */
  public int port() {
    return port;
  }

  /**
   * Gets the address to bind to.
   *
   * @return the address, {@code 127.0.0.1} unless told otherwise, not null
   */
  public String bind() {
    return bind;
  }

  /**
   * Gets the file or directory of agreement documents to serve.
   *
   * @return the path, or empty to serve the bundled EcoShop documents, not null
   */
  public Optional<Path> agreements() {
    return Optional.ofNullable(agreements);
  }

  /**
   * Gets the file that holds the bearer token.
   *
   * @return the path, or empty if no token is asked, not null
   */
  public Optional<Path> tokenFile() {
    return Optional.ofNullable(tokenFile);
  }

  /**
   * Gets the largest request body accepted, checked while the body is read.
   *
   * @return the limit in bytes
   */
  public long maxBody() {
    return maxBody;
  }

  /**
   * Gets how many evaluations run at once; more requests wait up to {@link #timeout()}.
   *
   * @return the number, from 1 to 256
   */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /**
   * Gets the idle timeout of a connection and the longest wait for an evaluation slot.
   *
   * @return the timeout, not null
   */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "ServerOptions[port=" + port + ", bind=" + bind + ", agreements="
        + (agreements == null ? "bundled" : agreements) + ", token="
        + (tokenFile == null ? "none" : tokenFile) + ", maxBody=" + maxBody
        + ", maxConcurrent=" + maxConcurrent + ", timeout=" + timeout + "]";
  }
}
