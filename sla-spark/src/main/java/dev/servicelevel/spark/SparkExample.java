package dev.servicelevel.spark;

import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Evaluates a seeded, EcoShop-like month on Apache Spark: writes the month's ticket events,
 * outages and samples as Parquet to a temporary folder, reads them back and computes every
 * customer's report with {@link SparkCompliance}.
 *
 * <pre>
 * mvn -B -q -pl sla-spark -am compile exec:exec -Dexec.mainArgs="--tickets 200000 --verify"
 * </pre>
 *
 * <p>Options: {@code --tickets N} (default 200000), {@code --customers K} (agreements, one per
 * customer, default 3), {@code --master URL} (default {@code local[*]}), {@code --seed S},
 * {@code --partitions P} (of the generated input and of the shuffle, default 8),
 * {@code --verify} (also evaluates the month in this one process and prints
 * {@code identical to the single-process report} or the differences, field by field),
 * {@code --keep} (keeps the Parquet folder). Exit status 0, 1 when {@code --verify} finds a
 * difference, 2 for bad options.
 */
public final class SparkExample {

  /** The line {@code --verify} prints when every report is equal. */
  static final String IDENTICAL = "identical to the single-process report";

  private SparkExample() {}

  /** The parsed options. */
  static final class Options {
    long tickets = 200_000;
    int customers = 3;
    String master = "local[*]";
    long seed = 20251001L;
    int partitions = 8;
    boolean verify;
    boolean keep;

    static Options parse(String[] args) {
      Options o = new Options();
      List<String> list = new ArrayList<>();
      for (String a : args) {
        // exec:exec passes -Dexec.mainArgs as one argument when it is quoted
        for (String part : a.trim().split("\\s+")) {
          if (!part.isEmpty()) {
            list.add(part);
          }
        }
      }
      for (int i = 0; i < list.size(); i++) {
        String a = list.get(i);
        switch (a) {
          case "--verify":
            o.verify = true;
            break;
          case "--keep":
            o.keep = true;
            break;
          case "--tickets":
            o.tickets = number(a, value(list, ++i, a), 0, 1_000_000_000L);
            break;
          case "--customers":
            o.customers = (int) number(a, value(list, ++i, a), 1, 10_000);
            break;
          case "--seed":
            o.seed = number(a, value(list, ++i, a), Long.MIN_VALUE, Long.MAX_VALUE);
            break;
          case "--partitions":
            o.partitions = (int) number(a, value(list, ++i, a), 1, 10_000);
            break;
          case "--master":
            o.master = value(list, ++i, a);
            break;
          default:
            throw new IllegalArgumentException("Unknown option: " + a + " (" + USAGE + ")");
        }
      }
      return o;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new IllegalArgumentException("Option needs a value: " + option);
      }
      return args.get(i);
    }

    private static long number(String option, String text, long min, long max) {
      long n;
      try {
        n = Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Option " + option + " needs a whole number: " + text);
      }
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            "Option " + option + " must be within " + min + " and " + max + ": " + n);
      }
      return n;
    }
  }

  static final String USAGE =
      "options: --tickets N --customers K --master URL --seed S --partitions P --verify --keep";

  /**
   * Runs the example.
   *
   * @param args  the options (see the class description)
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(options, System.out));
  }

  static int run(Options o, PrintStream out) {
    SparkSession spark =
        SparkSession.builder()
            .master(o.master)
            .appName("sla-spark-example")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(o.partitions))
            .getOrCreate();
    Path dir;
    try {
      dir = Files.createTempDirectory("sla-spark-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      SyntheticMonth month = new SyntheticMonth(o.seed, o.customers);
      out.printf(Locale.ROOT, "Generating %,d tickets of %d customers (seed %d) as Parquet in %s%n",
          o.tickets, o.customers, o.seed, dir);
      month.ticketEvents(spark, o.tickets, o.partitions)
          .write().mode(SaveMode.Overwrite).parquet(dir.resolve("ticket-events").toString());
      month.outages(spark).write().parquet(dir.resolve("outages").toString());
      month.samples(spark).write().parquet(dir.resolve("samples").toString());
      Dataset<Row> tickets = spark.read().parquet(dir.resolve("ticket-events").toString());
      Dataset<Row> outages = spark.read().parquet(dir.resolve("outages").toString());
      Dataset<Row> samples = spark.read().parquet(dir.resolve("samples").toString());
      long eventRows = tickets.count();
      long outageRows = outages.count();
      long sampleRows = samples.count();

      long start = System.nanoTime();
      SparkReports result =
          SparkCompliance.reports(tickets, outages, samples, month.agreements, month.periods());
      double seconds = (System.nanoTime() - start) / 1e9;

      for (PeriodReport r : result.reports()) {
        out.println(summary(r));
      }
      long records = o.tickets + outageRows + sampleRows;
      out.printf(Locale.ROOT,
          "Spark (%s): %,d tickets (%,d event rows), %,d outages, %,d samples in %.1f s: "
              + "%,.0f records/s (%,.0f event rows/s); %d rejected rows%n",
          o.master, o.tickets, eventRows, outageRows, sampleRows, seconds,
          records / seconds, eventRows / seconds, result.rejectedCount());
      int status = 0;
      if (o.verify) {
        long t0 = System.nanoTime();
        List<PeriodReport> expected = month.reportsInOneProcess(o.tickets);
        double single = (System.nanoTime() - t0) / 1e9;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
          differences.addAll(
              ReportDiff.differences(
                  expected.get(i).agreementId(), expected.get(i), result.reports().get(i)));
        }
        if (differences.isEmpty() && result.rejectedCount() == 0) {
          out.printf(Locale.ROOT, "%s (%d reports; one process took %.1f s)%n",
              IDENTICAL, expected.size(), single);
        } else {
          out.println("DIFFERENT from the single-process report:");
          differences.forEach(d -> out.println("  " + d));
          result.rejected().forEach(r -> out.println("  rejected: " + r));
          status = 1;
        }
      }
      out.printf(Locale.ROOT, "Peak heap of this JVM: %,d MiB%n", peakHeap() >> 20);
      return status;
    } finally {
      spark.stop();
      if (!o.keep) {
        delete(dir);
      } else {
        out.println("Kept " + dir);
      }
    }
  }

  /** One line per report and one per target: status and achieved value. */
  static String summary(PeriodReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.agreementId()).append(' ').append(r.date()).append(": ")
        .append(r.unevaluableCount()).append(" unevaluable");
    r.credit().ifPresent(c -> sb.append(", ").append(c));
    for (TargetResult t : r.results()) {
      sb.append(System.lineSeparator()).append("  ").append(t.targetId()).append(' ')
          .append(t.status())
          .append(' ')
          .append(t.achieved().map(SparkExample::plain).orElse("-"))
          .append(t.unit().map(u -> " " + u).orElse(""))
          .append(" (required ").append(plain(t.required())).append(')');
      t.tickets().ifPresent(f -> sb.append(", tickets met ").append(f.met())
          .append(" breached ").append(f.breached()));
    }
    return sb.toString();
  }

  private static String plain(BigDecimal d) {
    return d.setScale(Math.min(d.scale(), 3), RoundingMode.HALF_UP).toPlainString();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
