package dev.servicelevel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.evaluation.PeriodReport;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200,000 tickets of three customers over differently partitioned inputs: every report equals
 * the one process's report of the same records exactly.
 */
class SparkComplianceTest {

  private static final long TICKETS = 200_000;
  private static SparkSession spark;
  private static SyntheticMonth month;
  private static List<PeriodReport> expected;
  private static Dataset<Row> tickets;
  private static Dataset<Row> outages;
  private static Dataset<Row> samples;
  private static long eventRows;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    month = new SyntheticMonth(7, 3);
    expected = month.reportsInOneProcess(TICKETS);
    tickets = month.ticketEvents(spark, TICKETS, 2).cache();
    outages = month.outages(spark).cache();
    samples = month.samples(spark).cache();
    eventRows = tickets.count();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkReports run(Dataset<Row> t, Dataset<Row> o, Dataset<Row> s) {
    return SparkCompliance.reports(t, o, s, month.agreements, month.periods());
  }

  private static void assertSameAsOneProcess(SparkReports result) {
    assertEquals(0, result.rejectedCount(), () -> result.rejected().toString());
    assertEquals(expected.size(), result.reports().size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), result.reports().get(i), "report " + i);
    }
  }

  @Test
  void theGeneratedMonthIsNotTrivial() {
    PeriodReport first = expected.get(0);
    long tickets = first.result("resolve").orElseThrow().tickets().orElseThrow().met()
        + first.result("resolve").orElseThrow().tickets().orElseThrow().breached();
    assertTrue(tickets > 10_000, "resolve counts " + tickets + " tickets");
    assertTrue(first.result("resolve").orElseThrow().tickets().orElseThrow().breached() > 0);
    assertTrue(first.result("shop-prime").isPresent());
  }

  @Test
  void onePartition() {
    assertSameAsOneProcess(run(tickets.coalesce(1), outages.coalesce(1), samples.coalesce(1)));
  }

  @Test
  void twoPartitions() {
    assertSameAsOneProcess(
        run(tickets.repartition(2), outages.repartition(2), samples.repartition(2)));
  }

  @Test
  void sevenPartitionsOfShuffledRows() {
    assertSameAsOneProcess(
        run(
            shuffled(tickets, 11), shuffled(outages, 12), shuffled(samples, 13)));
  }

  /** Rows spread over seven partitions at random, in random order within each. */
  private static Dataset<Row> shuffled(Dataset<Row> rows, long seed) {
    return rows.repartition(7, functions.rand(seed))
        .sortWithinPartitions(functions.rand(seed + 100));
  }

  @Test
  void skewedAndEmptyPartitions() {
    // nine rows in ten share one key, so one partition holds most rows; two keys only for the
    // small inputs, so most of their seven partitions are empty
    Dataset<Row> skewed =
        tickets.repartition(
            7,
            functions.when(functions.rand(5).lt(0.9), functions.lit("big"))
                .otherwise(functions.col("ticket_id")))
            .cache();
    Dataset<Row> sparseOutages =
        outages.repartition(7, functions.col("agreement_id").equalTo("ecoshop-sla"));
    Dataset<Row> sparseSamples =
        samples.repartition(7, functions.col("agreement_id").equalTo("ecoshop-sla"));
    long[] sizes = partitionSizes(skewed);
    long largest = java.util.Arrays.stream(sizes).max().orElseThrow();
    assertTrue(largest * 10 > eventRows * 8, "skewed: " + java.util.Arrays.toString(sizes));
    assertTrue(
        java.util.Arrays.stream(partitionSizes(sparseSamples)).filter(n -> n == 0).count() >= 4);
    assertSameAsOneProcess(run(skewed, sparseOutages, sparseSamples));
    skewed.unpersist();
  }

  private static long[] partitionSizes(Dataset<Row> ds) {
    List<Long> sizes =
        ds.mapPartitions(
                (MapPartitionsFunction<Row, Long>)
                    it -> {
                      long n = 0;
                      while (it.hasNext()) {
                        it.next();
                        n++;
                      }
                      return List.of(n).iterator();
                    },
                Encoders.LONG())
            .collectAsList();
    return sizes.stream().mapToLong(Long::longValue).toArray();
  }
}
