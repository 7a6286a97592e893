package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.evaluation.EventCount;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path of JSON Lines (flat sample and count records read from the characters) gives
 * exactly what the general path gives: the same records, with the same scales and instants, and
 * the same problems with their lines, pointers and messages, for valid and broken lines alike.
 */
class FlatRecordScannerTest {

  /** A sink that writes down every record exactly, and refuses the target "refused". */
  static final class Recording implements ObservationSink {
    final List<String> got = new ArrayList<>();

    @Override
    public void sample(String targetId, Instant at, BigDecimal value) {
      refuse(targetId);
      got.add("sample " + targetId + " " + at + " " + value.unscaledValue() + "e-"
          + value.scale());
    }

    @Override
    public void count(String targetId, EventCount count) {
      refuse(targetId);
      got.add("count " + targetId + " " + count);
    }

    private static void refuse(String targetId) {
      if (targetId.equals("refused")) {
        throw new IllegalArgumentException("Unknown target: " + targetId);
      }
    }
  }

  private static final String[] RECORDS = {"\"sample\"", "\"count\"", "\"outage\"", "\"Sample\"",
    "1", "\"sample \""};
  private static final String[] TARGETS = {"\"latency\"", "\"checkout\"", "\"refused\"", "\"\"",
    "\" \"", "\"lat\\u0065ncy\"", "\"l\u00e4tency\"", "7", "null", "\"latency\\\"\""};
  private static final String[] INSTANTS = {
    "\"2025-03-04T10:00:00Z\"", "\"2025-03-04T10:00:00.250Z\"", "\"2025-03-04T10:00:00.1Z\"",
    "\"2025-03-04T10:00:00.123456789Z\"", "\"2025-03-04T10:00:00.1234567890Z\"",
    "\"2025-03-04T10:00:00.Z\"", "\"2024-02-29T23:59:59Z\"", "\"2025-02-29T00:00:00Z\"",
    "\"2025-04-31T00:00:00Z\"", "\"2025-03-04T24:00:00Z\"", "\"2025-03-04T23:60:00Z\"",
    "\"2025-03-04T23:59:60Z\"", "\"1899-12-31T23:59:59Z\"", "\"1900-01-01T00:00:00Z\"",
    "\"2400-01-01T00:00:00Z\"", "\"2400-01-01T00:00:01Z\"", "\"2025-03-04T10:00:00+01:00\"",
    "\"2025-03-04t10:00:00z\"", "\"2025-3-04T10:00:00Z\"", "\"+2025-03-04T10:00:00Z\"",
    "\"2025-03-04T10:00Z\"", "\"2000-02-29T12:00:00Z\"", "\"2100-02-29T12:00:00Z\"",
    "\"2025-12-31T23:59:59.999999999Z\"", "\"2025-03-04T10:00:00.000Z\"", "20250304", "null"};
  private static final String[] DECIMALS = {
    "\"212\"", "212", "\"180.5\"", "180.50", "\"0.50\"", "0", "-0", "\"-0\"", "-0.0", "\"007\"",
    "007", "\"1e2\"", "1e2", "1E+2", "\"+5\"", "\".5\"", "\"5.\"", "5.", ".5", "-", "\"-\"",
    "\"123456789012345678\"", "123456789012345678", "\"1234567890123456789\"",
    "0.123456789012345678", "\"0.1234567890123456789\"", "\"999999999999999999\"",
    "\"-17.25\"", "true", "null", "\"\"", "\"1,5\"", "1.5.5", "\"NaN\"", "\"Infinity\"",
    "\"\u0661\""};
  private static final String[] WHOLES = {"41873", "0", "00", "-1", "\"5\"", "5.0", "1e3",
    "123456789012345678", "1234567890123456789", "99999999999999999999", "41890", "null"};
  private static final String[] SPACES = {"", "", "", " ", "\t", "  ", "\r"};

  @Test
  void fastAndGeneralPathGiveTheSameRecordsAndProblems() {
    qt().withExamples(300)
        .withShrinkCycles(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < 25; i++) {
                text.append(line(r)).append(r.nextInt(4) == 0 ? "\r\n" : "\n");
              }
              assertSame(text.toString());
            });
  }

  @Test
  void canonicalLinesTakeTheFastPath() {
    FlatRecordScanner s = new FlatRecordScanner();
    for (String line :
        List.of(
            "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T10:00:00.250Z\","
                + "\"value\":\"212\"}",
            " { \"value\" : 212.50 , \"at\" : \"2025-03-04T10:00:00Z\", \"target\" : \"l\","
                + " \"record\" : \"sample\" } ",
            "{\"record\":\"count\",\"target\":\"checkout\",\"start\":\"2025-03-04T10:00:00Z\","
                + "\"end\":\"2025-03-04T10:01:00Z\",\"counted\":41873,\"total\":41890}")) {
      assertTrue(s.scan(line.toCharArray(), line.length()), line);
    }
    for (String line :
        List.of(
            "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T10:00:00+01:00\","
                + "\"value\":\"212\"}",
            "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T10:00:00Z\","
                + "\"value\":\"2e2\"}",
            "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T10:00:00Z\","
                + "\"value\":\"212\",\"x-note\":1}",
            "{\"record\":\"sample\",\"target\":\"lat\\u0065ncy\",\"at\":\"2025-03-04T10:00:00Z\","
                + "\"value\":\"212\"}",
            "{\"record\":\"count\",\"target\":\"checkout\",\"start\":\"2025-03-04T10:00:00Z\","
                + "\"end\":\"2025-03-04T10:01:00Z\",\"counted\":41891,\"total\":41890}",
            "{\"record\":\"sample\",\"target\":\"\",\"at\":\"2025-03-04T10:00:00Z\","
                + "\"value\":\"212\"}",
            "{\"record\":\"outage\",\"id\":\"INC-1\",\"service\":\"shop\","
                + "\"start\":\"2025-03-04T10:00:00Z\",\"end\":\"2025-03-04T10:12:00Z\"}")) {
      assertFalse(s.scan(line.toCharArray(), line.length()), line);
    }
  }

  @Test
  void invalidJsonAfterAFastLine_namesNoValueOfAnEarlierLine() {
    String text =
        "{\"record\":\"sample\",\"target\":\"latency\",\"at\":20250304,\"value\":\"1\"}\n"
            + "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T10:00:00Z\","
            + "\"value\":\"1\"}\n"
            + "nonsense\n";
    ReadSummary read =
        ObservationReader.defaults().readLines(new StringReader(text), "t", new Recording());
    assertEquals(2, read.problems().size(), read.toString());
    assertEquals("/at", read.problems().get(0).pointer());
    assertEquals("", read.problems().get(1).pointer());
    assertTrue(read.problems().get(1).message().startsWith("Not valid JSON at column 1"),
        read.problems().get(1).message());
    assertSame(text);
  }

  @Test
  void epochDay_isLocalDatesOwn() {
    qt().withExamples(2000)
        .forAll(integers().between(0, 9999), integers().between(1, 12), integers().between(1, 31))
        .assuming((y, m, d) -> d <= java.time.YearMonth.of(y, m).lengthOfMonth())
        .checkAssert(
            (y, m, d) ->
                assertEquals(
                    LocalDate.of(y, m, d).toEpochDay(), FlatRecordScanner.epochDay(y, m, d)));
  }

  private static void assertSame(String text) {
    Recording fast = new Recording();
    Recording general = new Recording();
    ObservationReader reader = ObservationReader.defaults().withMaxRejected(Long.MAX_VALUE);
    ReadSummary f = reader.readLines(new StringReader(text), "t", fast, true);
    ReadSummary g = reader.readLines(new StringReader(text), "t", general, false);
    assertEquals(general.got, fast.got, text);
    assertEquals(g.problems().toString(), f.problems().toString(), text);
    assertEquals(g.toString(), f.toString(), text);
  }

  /** A line: mostly records of the fast path's kinds, their values from the pools, some mangled. */
  private static String line(SplittableRandom r) {
    boolean sample = r.nextBoolean();
    List<String> fields = new ArrayList<>();
    fields.add(field("record", r.nextInt(3) == 0 ? pick(r, RECORDS)
        : sample ? "\"sample\"" : "\"count\""));
    fields.add(field("target", r.nextInt(3) == 0 ? pick(r, TARGETS) : "\"latency\""));
    if (sample) {
      fields.add(field("at", pick(r, INSTANTS)));
      fields.add(field("value", pick(r, DECIMALS)));
    } else {
      fields.add(field("start", pick(r, INSTANTS)));
      fields.add(field("end", pick(r, INSTANTS)));
      fields.add(field("counted", pick(r, WHOLES)));
      fields.add(field("total", pick(r, WHOLES)));
    }
    switch (r.nextInt(12)) {
      case 0:
        fields.remove(r.nextInt(fields.size()));
        break;
      case 1:
        fields.add(fields.get(r.nextInt(fields.size())));
        break;
      case 2:
        fields.add(field(pick(r, new String[] {"x-note", "note", "at", "value", "id"}), "1"));
        break;
      case 3:
        java.util.Collections.shuffle(fields, new java.util.Random(r.nextLong()));
        break;
      default:
    }
    StringBuilder sb = new StringBuilder(pick(r, SPACES)).append('{');
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(pick(r, SPACES)).append(',').append(pick(r, SPACES));
      }
      sb.append(fields.get(i));
    }
    sb.append(pick(r, SPACES)).append('}').append(pick(r, SPACES));
    if (r.nextInt(8) == 0) {
      // a character changed, dropped or added anywhere
      String noise = "{}[],:\"\\ -.05eEZT+tn\u0000\u00a0\ufeff";
      int at = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0:
          sb.setCharAt(at, noise.charAt(r.nextInt(noise.length())));
          break;
        case 1:
          sb.deleteCharAt(at);
          break;
        default:
          sb.insert(at, noise.charAt(r.nextInt(noise.length())));
      }
    }
    if (r.nextInt(30) == 0) {
      sb.setLength(0); // a blank line
      sb.append(pick(r, SPACES));
    }
    return sb.toString();
  }

  private static String field(String name, String value) {
    return "\"" + name + "\":" + value;
  }

  private static String pick(SplittableRandom r, String[] pool) {
    return pool[r.nextInt(pool.length)];
  }
}
