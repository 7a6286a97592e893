package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the EcoShop example, run through its entry point in-process: each case must end
 * with exit status 2 and one line on standard error naming the option, or the file, line and
 * column, with the words listed; no stack trace, no control character, no echo of a huge value.
 */
class BadInputCatalogueTest {

  @TempDir
  static Path dir;

  private static final String OUTAGE_HEADER = "id,service,start,end,cause,announced_at,impact\n";
  private static final String TICKET_HEADER = "ticket,at,event,priority,status\n";
  private static final String SAMPLE_HEADER = "target,at,value\n";
  private static final String GOOD_OUTAGE =
      "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n";

  /** How a case builds its command line in a directory of its own. */
  interface Setup {
    List<String> args(Path dir) throws IOException;
  }

  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    // The command line.
    c.add(of("unknown option", d -> List.of("--colour", "red"), "Unknown option '--colour'", "--help"));
    c.add(of("option without value", d -> List.of("--outages"), "Option --outages needs a value"));
    c.add(of("stray argument", d -> List.of("report.csv"), "Unexpected argument 'report.csv'"));
    c.add(of("unclosed quote", d -> List.of("--tickets \"a b.csv"), "Unclosed double quote"));
    c.add(of("quarter not a quarter", d -> List.of("--quarter", "2025-Q5"), "--quarter", "2025-Q5"));
    c.add(of("quarter before the agreements", d -> List.of("--quarter", "2024-Q4"),
        "--quarter", "validity", "2024-Q4"));
    c.add(of("quarter after the agreements", d -> List.of("--quarter", "2027-Q1"),
        "--quarter", "validity", "2027-Q1"));
    c.add(of("quarter in year 1800", d -> List.of("--quarter", "1800-Q1"), "--quarter", "1800-Q1"));
    c.add(of("quarter in a huge year", d -> List.of("--quarter", "+999999999-Q4"), "--quarter"));
    c.add(of("screen-at without offset", d -> List.of("--screen-at", "2025-11-28T20:15"),
        "--screen-at", "2025-11-28T20:15"));
    c.add(of("screen-at before 1900", d -> List.of("--screen-at", "1899-12-31T23:00Z"),
        "--screen-at", "1899-12-31T23:00:00Z"));
    c.add(of("screen-at after 2400", d -> List.of("--screen-at", "2400-01-01T00:00:01Z"),
        "--screen-at", "must be within"));
    c.add(of("file name with a NUL", d -> List.of("--tickets", "a\u0000b.csv"), "--tickets",
        "a\\u0000b.csv"));
    c.add(of("html onto a directory", d -> List.of("--html", d.toString()), "--html",
        "cannot write"));
    // Files that cannot be read as text.
    c.add(of("missing file", d -> List.of("--outages", d.resolve("none.csv").toString()),
        "none.csv", "does not exist"));
    c.add(of("directory as a file", d -> List.of("--tickets", d.toString()), "is a directory"));
    c.add(file("empty file", "--outages", "", "o.csv", "is empty", "id,service,start,end"));
    c.add(of("not UTF-8", d -> {
      Path f = d.resolve("latin1.csv");
      Files.write(f, (SAMPLE_HEADER + "latency,2025-10-01T08:00:00Z,21\u00e9\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      return List.of("--samples", f.toString());
    }, "latin1.csv line 2", "not UTF-8", "character 32"));
    c.add(of("10 MB of garbage without line breaks", d -> {
      Path f = d.resolve("garbage.csv");
      Files.writeString(f, "x\u001b[31m".repeat(2_000_000));
      return List.of("--outages", f.toString());
    }, "garbage.csv line 1", "longer than 100000 characters"));
    c.add(file("a line of 1 MB", "--outages",
        OUTAGE_HEADER + "INC-1,shop," + "9".repeat(1_000_000) + "\n", "o.csv",
        "o.csv line 2", "longer than 100000"));
    // The header.
    c.add(file("unknown column", "--outages", "id,service,start,end,colour\n", "o.csv",
        "line 1, column 5", "unknown column 'colour'"));
    c.add(file("missing column", "--outages", "id,service,start\n", "o.csv",
        "line 1", "lacks the column 'end'"));
    c.add(file("column named twice", "--samples", "target,at,value,at\n", "s.csv",
        "line 1, column 4", "named twice"));
    c.add(file("empty column name", "--samples", "target,,at,value\n", "s.csv",
        "line 1, column 2", "empty column name"));
    c.add(file("huge column name", "--outages", "id,service,start,end," + "c".repeat(20_000) + "\n",
        "o.csv", "line 1, column 5", "unknown column", "(20000 characters)"));
    // Records.
    c.add(file("too few cells", "--outages", OUTAGE_HEADER + "INC-1,shop\n", "o.csv",
        "line 2", "has 2 cells but the header has 7 columns"));
    c.add(file("too many cells", "--samples", SAMPLE_HEADER + "latency,2025-10-01T08:00Z,1,2\n",
        "s.csv", "line 2", "has 4 cells"));
    c.add(file("unclosed quote in a cell", "--samples", SAMPLE_HEADER + "\"latency,2025,1\n", "s.csv",
        "line 2, column 1", "not closed"));
    c.add(file("text after a closing quote", "--samples", SAMPLE_HEADER + "\"latency\"x,2025,1\n",
        "s.csv", "line 2, column 1", "after the closing quote"));
    c.add(file("date before 1900", "--outages",
        OUTAGE_HEADER + "INC-1,shop,1899-12-31T10:00:00Z,2025-10-07T10:26:00+02:00,,,\n", "o.csv",
        "line 2, column 3 (start)", "1899-12-31T10:00:00Z", "outside the supported range"));
    c.add(file("date in year 999999999", "--tickets",
        TICKET_HEADER + "T-1,+999999999-12-31T23:59:59-18:00,created,P1,open\n", "t.csv",
        "line 2, column 2 (at)", "outside the supported range"));
    c.add(file("offset beyond 18 hours", "--outages",
        OUTAGE_HEADER + "INC-1,shop,2025-10-07T10:12:00+19:00,2025-10-07T10:26:00+02:00,,,\n",
        "o.csv", "line 2, column 3 (start)", "not a date-time with offset"));
    c.add(file("local date-time without offset", "--samples",
        SAMPLE_HEADER + "latency,2025-10-01T08:00,12\n", "s.csv", "line 2, column 2 (at)",
        "not a date-time with offset"));
    c.add(file("end before start", "--outages",
        OUTAGE_HEADER + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:00:00+02:00,,,\n",
        "o.csv", "line 2, column 4 (end)", "must end after it starts"));
    c.add(file("duplicate outage id", "--outages", OUTAGE_HEADER + GOOD_OUTAGE + GOOD_OUTAGE, "o.csv",
        "line 3, column 1 (id)", "'INC-1' is used on line 2"));
    c.add(file("unknown service", "--outages",
        OUTAGE_HEADER + "INC-1,mail,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
        "o.csv", "line 2, column 2 (service)", "unknown service 'mail'"));
    c.add(file("unknown cause", "--outages",
        OUTAGE_HEADER + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,aliens,,\n",
        "o.csv", "line 2, column 5 (cause)", "unknown cause 'aliens'"));
    c.add(file("impact above 1", "--outages",
        OUTAGE_HEADER + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,1.5\n",
        "o.csv", "line 2, column 7 (impact)", "impact 1.5"));
    c.add(file("impact with a huge exponent", "--outages",
        OUTAGE_HEADER + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,1E-999999999\n",
        "o.csv", "line 2, column 7 (impact)", "18"));
    c.add(file("sample value not a number", "--samples",
        SAMPLE_HEADER + "latency,2025-10-01T08:00:00Z,fast\n", "s.csv", "line 2, column 3 (value)",
        "'fast' is not a decimal number"));
    c.add(file("sample value 1E+999999999", "--samples",
        SAMPLE_HEADER + "latency,2025-10-01T08:00:00Z,1E+999999999\n", "s.csv",
        "line 2, column 3 (value)", "the number"));
    c.add(file("unknown measurement target", "--samples",
        SAMPLE_HEADER + "uptime,2025-10-01T08:00:00Z,1\n", "s.csv", "line 2, column 1 (target)",
        "unknown measurement target 'uptime'"));
    c.add(file("empty required cell", "--tickets", TICKET_HEADER + ",2025-10-01T08:00:00Z,created,P1,open\n",
        "t.csv", "line 2, column 1 (ticket)", "is required"));
    c.add(file("ticket rows out of order", "--tickets", TICKET_HEADER
        + "T-1,2025-10-01T09:00:00Z,created,P1,open\nT-1,2025-10-01T08:00:00Z,agent-reply,,open\n",
        "t.csv", "line 3, column 2 (at)", "earlier than its event on line 2"));
    c.add(file("escape sequence in an echoed value", "--outages",
        OUTAGE_HEADER + "INC-1,\u001b[2J\u202Eshop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
        "o.csv", "line 2, column 2 (service)", "'\\u001B[2J\\u202Eshop'"));
    c.add(file("10 MB cell echoed", "--samples",
        SAMPLE_HEADER + "latency,2025-10-01T08:00:00Z," + "9".repeat(90_000) + "x\n", "s.csv",
        "line 2, column 3 (value)", "(90001 characters)"));
    return c.stream();
  }

  private static Arguments of(String name, Setup setup, String... words) {
    return Arguments.of(name, setup, List.of(words));
  }

  private static Arguments file(String name, String option, String content, String fileName,
      String... words) {
    return of(name, d -> {
      Path f = d.resolve(fileName);
      Files.writeString(f, content);
      return List.of(option, f.toString());
    }, words);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithStatus2AndOneLineNamingTheProblem(String name, Setup setup, List<String> words)
      throws IOException {
    Path caseDir = Files.createDirectories(dir.resolve(name.replaceAll("[^a-zA-Z0-9]", "_")));
    List<String> args = new ArrayList<>(setup.args(caseDir));
    if (!args.contains("--html") && args.size() != 1) {
      args.add("--html");
      args.add(caseDir.resolve("report.html").toString());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EcoShopExample.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    String errText = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, status, errText);
    List<String> lines = errText.lines().toList();
    assertEquals(1, lines.size(), errText);
    String line = lines.get(0);
    assertTrue(line.startsWith("Error: "), line);
    for (String w : words) {
      assertTrue(line.contains(w), () -> "'" + w + "' missing from: " + line);
    }
    assertTrue(line.length() < 600, () -> "too long: " + line.length());
    for (String text : List.of(errText, out.toString(StandardCharsets.UTF_8))) {
      assertFalse(text.chars().anyMatch(ch -> ch != '\n' && ch != '\r' && Limits.isUnsafe((char) ch)),
          "a control or bidi character reached the output");
    }
  }
}
