package dev.servicelevel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.evaluation.PeriodReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts that run without Spark: options, rejected rows, the report diff. */
class PartsTest {

  @Test
  void optionsParseAsTheReadmeWritesThem() {
    SparkExample.Options o =
        SparkExample.Options.parse(new String[] {"--tickets 200000 --verify", "--master",
            "local[2]", "--seed", "7", "--partitions", "3", "--customers", "5"});
    assertEquals(200_000, o.tickets);
    assertTrue(o.verify);
    assertEquals("local[2]", o.master);
    assertEquals(7, o.seed);
    assertEquals(3, o.partitions);
    assertEquals(5, o.customers);
    SparkExample.Options d = SparkExample.Options.parse(new String[0]);
    assertEquals("local[*]", d.master);
    assertFalse(d.verify);
  }

  @Test
  void badOptionsAreNamed() {
    assertEquals("Unknown option: --fast (" + SparkExample.USAGE + ")",
        assertThrows(IllegalArgumentException.class,
            () -> SparkExample.Options.parse(new String[] {"--fast"})).getMessage());
    assertEquals("Option --tickets needs a whole number: many",
        assertThrows(IllegalArgumentException.class,
            () -> SparkExample.Options.parse(new String[] {"--tickets", "many"})).getMessage());
    assertEquals("Option --partitions must be within 1 and 10000: 0",
        assertThrows(IllegalArgumentException.class,
            () -> SparkExample.Options.parse(new String[] {"--partitions", "0"})).getMessage());
    assertEquals("Option needs a value: --master",
        assertThrows(IllegalArgumentException.class,
            () -> SparkExample.Options.parse(new String[] {"--master"})).getMessage());
  }

  private static RejectedRow row(Random r) {
    RejectedRow.Kind kind = RejectedRow.Kind.values()[r.nextInt(3)];
    return RejectedRow.of(kind, "a" + r.nextInt(3), "T-" + r.nextInt(50), "m" + r.nextInt(4));
  }

  @Test
  void rejectionsMergeTheSameWhateverTheSplitAndOrder() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 60), integers().between(1, 7),
            integers().between(0, 10))
        .checkAssert((seed, n, parts, limit) -> {
          Random r = new Random(seed);
          List<RejectedRow> rows = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            rows.add(row(r));
          }
          Rejections whole = new Rejections(limit);
          rows.forEach(whole::add);
          Collections.shuffle(rows, r);
          List<Rejections> split = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            split.add(new Rejections(limit));
          }
          rows.forEach(x -> split.get(r.nextInt(parts)).add(x));
          Collections.shuffle(split, r);
          Rejections merged = new Rejections(limit);
          for (Rejections s : split) {
            // through the encoded form, as between executors
            merged.merge(Rejections.fromBytes(JobSpec.frame(-1, s.toBytes()), 4, limit));
          }
          assertEquals(whole.count(), merged.count());
          assertEquals(whole.rows(), merged.rows());
          assertEquals(Math.min(limit, new java.util.TreeSet<>(rows).size()),
              merged.rows().size());
        });
  }

  @Test
  void rejectedRowsShowTheirTextsCutAndEscaped() {
    RejectedRow r = RejectedRow.of(RejectedRow.Kind.SAMPLE, "a\u001b[31m", "x".repeat(5000), "m");
    assertFalse(r.agreementId().contains("\u001b"), r.agreementId());
    assertTrue(r.recordId().length() < 5000, () -> "" + r.recordId().length());
    assertEquals("agreementId",
        assertThrows(NullPointerException.class,
            () -> RejectedRow.of(RejectedRow.Kind.TICKET, null, "", "")).getMessage());
    assertEquals("SAMPLE a b: m", RejectedRow.of(RejectedRow.Kind.SAMPLE, "a", "b", "m")
        .toString());
  }

  @Test
  void periodSpecsCompareByValue() {
    Instant asOf = Instant.parse("2025-11-01T00:00:00Z");
    PeriodSpec a = PeriodSpec.of("x", LocalDate.of(2025, 10, 1), asOf);
    assertEquals(a, PeriodSpec.of("x", LocalDate.of(2025, 10, 1), asOf));
    assertEquals(a.hashCode(), PeriodSpec.of("x", LocalDate.of(2025, 10, 1), asOf).hashCode());
    assertFalse(a.equals(PeriodSpec.of("y", LocalDate.of(2025, 10, 1), asOf)));
    assertEquals("x 2025-10-01 as of 2025-11-01T00:00:00Z", a.toString());
    assertThrows(java.time.DateTimeException.class,
        () -> PeriodSpec.of("x", LocalDate.of(2025, 10, 1), Instant.parse("2500-01-01T00:00:00Z")));
  }

  @Test
  void theDiffNamesTheFieldThatDiffers() {
    SyntheticMonth month = new SyntheticMonth(1, 1);
    PeriodReport with = month.reportsInOneProcess(300).get(0);
    PeriodReport without = month.reportsInOneProcess(299).get(0);
    assertEquals(List.of(), ReportDiff.differences("r", with, with));
    List<String> d = ReportDiff.differences("r", with, without);
    assertFalse(d.isEmpty());
    assertTrue(d.stream().anyMatch(s -> s.startsWith("r.results[")), d::toString);
  }

  @Test
  void summaryNamesEveryTarget() {
    PeriodReport r = new SyntheticMonth(1, 1).reportsInOneProcess(100).get(0);
    String s = SparkExample.summary(r);
    for (String target : List.of("shop-prime", "shop-non-prime", "report", "respond", "resolve",
        "latency")) {
      assertTrue(s.contains("  " + target + " "), s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PrintStream(bytes, true, StandardCharsets.UTF_8).print(s);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("ecoshop-sla 2025-10-01: "));
  }
}
