package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearQuarter;

class EcoShopOptionsTest {

  @Test
  void parse_defaultsToTheBundledQuarterAndBlackFriday() {
    EcoShopOptions o = EcoShopOptions.parse();
    assertEquals(Optional.empty(), o.tickets());
    assertEquals(YearQuarter.of(2025, 4), o.quarter());
    assertEquals(Instant.parse("2025-11-28T19:15:00Z"), o.screenAt());
    assertEquals(Path.of("target", "ecoshop-report.html"), o.html());
  }

  @Test
  void parse_readsEveryOption() {
    EcoShopOptions o = EcoShopOptions.parse("--tickets", "t.csv", "--outages", "o.csv", "--samples", "s.csv",
        "--quarter", "2026-Q1", "--html", "out.html", "");
    assertEquals(Optional.of(Path.of("t.csv")), o.tickets());
    assertEquals(Optional.of(Path.of("o.csv")), o.outages());
    assertEquals(Optional.of(Path.of("s.csv")), o.samples());
    assertEquals(YearQuarter.of(2026, 1), o.quarter());
    assertEquals(Instant.parse("2026-03-31T22:00:00Z"), o.screenAt());
    assertEquals(Path.of("out.html"), o.html());
  }

  @Test
  void parse_splitsTheOneArgumentMavenPasses() {
    // -Dexec.mainArgs="--tickets t.csv --quarter 2026-Q1" arrives as one argument
    EcoShopOptions o = EcoShopOptions.parse("--tickets t.csv  --quarter\t2026-Q1 ");
    assertEquals(Optional.of(Path.of("t.csv")), o.tickets());
    assertEquals(YearQuarter.of(2026, 1), o.quarter());
    EcoShopOptions quoted = EcoShopOptions.parse("--outages \"my data/o.csv\"");
    assertEquals(Optional.of(Path.of("my data/o.csv")), quoted.outages());
    assertEquals(java.util.List.of("a", "", "b"), java.util.List.of(EcoShopOptions.words("a \"\" b")));
    assertEquals(0, EcoShopOptions.words("").length);
    assertEquals(0, EcoShopOptions.words("   ").length);
    // several arguments are a plain java command line: taken as they are
    assertEquals(2, EcoShopOptions.words("--tickets", "a b.csv").length);
    assertEquals(
        "Unclosed double quote in the arguments: --tickets \"t.csv",
        assertThrows(IllegalArgumentException.class, () -> EcoShopOptions.parse("--tickets \"t.csv"))
            .getMessage());
  }

  @Test
  void parse_helpIsAFlag() {
    assertTrue(EcoShopOptions.parse("--help").help());
  }

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        Arguments.of(new String[] {"--tickets"}, "Option --tickets needs a value"),
        Arguments.of(new String[] {"--tickets", "--outages", "o.csv"}, "Option --tickets needs a value"),
        Arguments.of(new String[] {"--ticket", "t.csv"}, "Unknown option '--ticket'; see --help"),
        Arguments.of(new String[] {"t.csv"}, "Unexpected argument 't.csv'; options start with --"),
        Arguments.of(new String[] {"--quarter", "Q4"}, "Option --quarter needs a quarter such as 2025-Q4: 'Q4'"),
        Arguments.of(new String[] {"--screen-at", "2025-11-28T20:15"},
            "Option --screen-at needs a date-time with offset such as 2025-11-28T20:15+01:00: '2025-11-28T20:15'"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void parse_rejectsBadCommandLines(String[] args, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> EcoShopOptions.parse(args)).getMessage());
  }
}
