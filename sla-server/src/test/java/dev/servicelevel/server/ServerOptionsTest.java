package dev.servicelevel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServerOptionsTest {

  @Test
  void defaults() {
    ServerOptions o = ServerOptions.parse();
    assertEquals(8080, o.port());
    assertEquals("127.0.0.1", o.bind());
    assertEquals(Optional.empty(), o.agreements());
    assertEquals(Optional.empty(), o.tokenFile());
    assertEquals(50L * 1024 * 1024, o.maxBody());
    assertEquals(8, o.maxConcurrent());
    assertEquals(Duration.ofSeconds(30), o.timeout());
  }

  @Test
  void parse_everyOption() {
    ServerOptions o = ServerOptions.parse("--port", "9090", "--bind", "0.0.0.0", "--agreements",
        "docs", "--token-file", "t.txt", "--max-body", "2mb", "--max-concurrent", "3",
        "--timeout", "5");
    assertEquals(9090, o.port());
    assertEquals("0.0.0.0", o.bind());
    assertEquals(Optional.of(Path.of("docs")), o.agreements());
    assertEquals(Optional.of(Path.of("t.txt")), o.tokenFile());
    assertEquals(2L << 20, o.maxBody());
    assertEquals(3, o.maxConcurrent());
    assertEquals(Duration.ofSeconds(5), o.timeout());
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("1024", 1024L),
        Arguments.of("4096B", 4096L),
        Arguments.of("1KB", 1024L),
        Arguments.of("512kb", 512L << 10),
        Arguments.of("50MB", 50L << 20),
        Arguments.of("1GB", 1L << 30));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void size_acceptsBinaryUnits(String text, long bytes) {
    assertEquals(bytes, ServerOptions.size(text));
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(new String[] {"--port"}, "Option needs a value: --port"),
        Arguments.of(new String[] {"--port", "x"}, "Option --port needs a whole number: x"),
        Arguments.of(new String[] {"--port", "70000"},
            "Option --port must be from 0 to 65535: 70000"),
        Arguments.of(new String[] {"--verbose", "1"}, "Unknown option: --verbose"),
        Arguments.of(new String[] {"--bind", " "}, "Option --bind needs an address:  "),
        Arguments.of(new String[] {"--max-body", "50 MB"},
            "Option --max-body needs a size such as 50MB: 50 MB"),
        Arguments.of(new String[] {"--max-body", "-5MB"},
            "Option --max-body needs a size such as 50MB: -5MB"),
        Arguments.of(new String[] {"--max-body", "2GB"},
            "Option --max-body must be from 1KB to 1GB: 2GB"),
        Arguments.of(new String[] {"--max-body", "1023"},
            "Option --max-body must be from 1KB to 1GB: 1023"),
        Arguments.of(new String[] {"--max-body", "99999999999999999999"},
            "Option --max-body needs a size such as 50MB: 99999999999999999999"),
        Arguments.of(new String[] {"--max-concurrent", "0"},
            "Option --max-concurrent must be from 1 to 256: 0"),
        Arguments.of(new String[] {"--timeout", "0"},
            "Option --timeout must be from 1 to 3600: 0"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void parse_rejectsWithTheOptionAndValue(String[] args, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(args))
            .getMessage());
  }

  @Test
  void parse_rejectsNull() {
    assertEquals("args", assertThrows(NullPointerException.class,
        () -> ServerOptions.parse((String[]) null)).getMessage());
  }
}
