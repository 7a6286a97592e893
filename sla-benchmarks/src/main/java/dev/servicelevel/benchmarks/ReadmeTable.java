package dev.servicelevel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks and prints the README's results table in Markdown: per calendar, query and
 * span the median time per operation of {@code BusinessCalendar} and of the day-by-day baseline,
 * and their ratio, followed by the targets (warm queries ≤ 100 ns and ≥ 100× the baseline at a
 * year; issue 17: a new calendar's first {@code plus} ≥ 1× the baseline's, and a query over ten
 * years ≤ 1.3× one over an hour) and the machine.
 *
 * <p>It takes JMH's usual command-line options and passes them on, so it runs exactly what
 * {@code java -jar benchmarks.jar} with the same options would:
 *
 * <pre>
 * java -cp sla-benchmarks/target/benchmarks.jar dev.servicelevel.benchmarks.ReadmeTable \
 *     -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 *
 * <p>The median is taken over the measurement iterations (of all forks) of JMH's average-time
 * mode; each iteration's score is itself the mean over about a million queries on varied
 * instants. With {@code -prof gc} a column shows the calendar's allocation per operation.
 */
public final class ReadmeTable {

  private static final String NAIVE_SUFFIX = "Naive";
  private static final List<String> QUERY_ORDER =
      List.of("isOpen", "between", "plus", "minus", "coldPlus", "build");
  private static final Map<String, String> QUERY_LABELS = Map.of(
      "coldPlus", "first plus(1 h) of a new calendar",
      "build", "build()");
  /**
   * The names of {@code -prof gc}'s allocation per operation: JMH 1.37 writes it without the
   * leading dot of earlier versions.
   */
  private static final List<String> ALLOCATION =
      List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm");
  private static final double TARGET_NANOS = 100;
  private static final double TARGET_RATIO = 100;
  /** Issue 17, item 2: a new calendar's first query at least as fast as the baseline's. */
  private static final double TARGET_COLD_RATIO = 1;
  /** Issue 17, item 4: a query over ten years at most this many times one over an hour. */
  private static final double TARGET_FLATNESS = 1.3;
  private static final List<String> SPAN_QUERIES = List.of("between", "plus", "minus");

  private ReadmeTable() {}

  /**
   * Runs JMH with the given options and prints the table.
   *
   * @param args  JMH's command-line options, such as {@code -f 1 -wi 3 -i 5}
   * @throws Exception if JMH cannot parse the options or the run fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
        || options.shouldListProfilers() || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(render(results, String.join(" ", args)));
  }

  /** One line of the table: a query on a calendar over a span, with both implementations. */
  private static final class Row {
    final String scenario;
    final String query;
    final String span;
    RunResult fast;
    RunResult naive;

    Row(String scenario, String query, String span) {
      this.scenario = scenario;
      this.query = query;
      this.span = span;
    }

    double ratio() {
      return nanos(naive) / nanos(fast);
    }

    boolean isWarmQuery() {
      return QUERY_ORDER.indexOf(query) < QUERY_ORDER.indexOf("coldPlus");
    }
  }

  static String render(Collection<RunResult> results, String commandLineOptions) {
    Map<String, Row> rows = new HashMap<>();
    boolean allocation = false;
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      boolean naive = method.endsWith(NAIVE_SUFFIX);
      String query = naive ? method.substring(0, method.length() - NAIVE_SUFFIX.length()) : method;
      String scenario = Optional.ofNullable(params.getParam("scenario")).orElse("");
      String span = Optional.ofNullable(params.getParam("span")).orElse("");
      Row row = rows.computeIfAbsent(
          scenario + "/" + query + "/" + span, k -> new Row(scenario, query, span));
      if (naive) {
        row.naive = result;
      } else {
        row.fast = result;
        allocation |= allocation(result.getSecondaryResults()) != null;
      }
    }
    List<Row> ordered = new ArrayList<>(rows.values());
    ordered.sort(Comparator.<Row>comparingInt(r -> scenarioOrder(r.scenario))
        .thenComparingInt(r -> QUERY_ORDER.indexOf(r.query))
        .thenComparingInt(r -> spanOrder(r.span)));

    StringBuilder out = new StringBuilder();
    out.append("| calendar | query | span | BusinessCalendar | day-by-day | ratio |");
    out.append(allocation ? " B/op |\n" : "\n");
    out.append("|---|---|---|---:|---:|---:|");
    out.append(allocation ? "---:|\n" : "\n");
    for (Row row : ordered) {
      out.append("| ").append(scenarioLabel(row.scenario))
          .append(" | ").append(QUERY_LABELS.getOrDefault(row.query, row.query))
          .append(" | ").append(row.span.isEmpty() ? "–" : Span.valueOf(row.span).label())
          .append(" | ").append(row.fast == null ? "" : time(nanos(row.fast)))
          .append(" | ").append(row.naive == null ? "" : time(nanos(row.naive)))
          .append(" | ").append(row.fast == null || row.naive == null ? "" : ratio(row.ratio()))
          .append(" |");
      if (allocation) {
        Result<?> bytes = row.fast == null ? null : allocation(row.fast.getSecondaryResults());
        out.append(' ').append(bytes == null ? "" : format("%.0f", bytes.getScore())).append(" |");
      }
      out.append('\n');
    }
    out.append('\n').append(targets(ordered)).append('\n');
    if (!results.isEmpty()) {
      BenchmarkParams any = results.iterator().next().getParams();
      out.append("\nMedian time per operation over the measurement iterations (JMH ")
          .append(any.getJmhVersion()).append(", average-time mode); ratio = day-by-day ÷ ")
          .append("BusinessCalendar. Machine: ").append(cpu()).append(", ")
          .append(Runtime.getRuntime().availableProcessors()).append(" hardware threads, ")
          .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
          .append("; ").append(any.getVmName()).append(' ').append(any.getVmVersion())
          .append(".\nCommand: `java -cp sla-benchmarks/target/benchmarks.jar ")
          .append(ReadmeTable.class.getName()).append(' ').append(commandLineOptions)
          .append("`\n");
    }
    return out.toString();
  }

  private static String targets(List<Row> rows) {
    Row slowest = null;
    Row weakest = null;
    for (Row row : rows) {
      if (row.fast != null && row.isWarmQuery()
          && (slowest == null || nanos(row.fast) > nanos(slowest.fast))) {
        slowest = row;
      }
      if (row.fast != null && row.naive != null && row.span.equals(Span.ONE_YEAR.name())
          && (weakest == null || row.ratio() < weakest.ratio())) {
        weakest = row;
      }
    }
    Row coldest = null;
    for (Row row : rows) {
      if (row.query.equals("coldPlus") && row.fast != null && row.naive != null
          && (coldest == null || row.ratio() < coldest.ratio())) {
        coldest = row;
      }
    }
    Row steepest = null;
    double steepestRatio = 0;
    for (Row tenYears : rows) {
      if (tenYears.fast == null || !SPAN_QUERIES.contains(tenYears.query)
          || !tenYears.span.equals(Span.TEN_YEARS.name())) {
        continue;
      }
      for (Row oneHour : rows) {
        if (oneHour.fast != null && oneHour.query.equals(tenYears.query)
            && oneHour.scenario.equals(tenYears.scenario)
            && oneHour.span.equals(Span.ONE_HOUR.name())) {
          double ratio = nanos(tenYears.fast) / nanos(oneHour.fast);
          if (steepest == null || ratio > steepestRatio) {
            steepest = tenYears;
            steepestRatio = ratio;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    if (slowest != null) {
      out.append("- Target ≤ 100 ns per warm query at every span: ")
          .append(nanos(slowest.fast) <= TARGET_NANOS ? "met" : "NOT met")
          .append(" (slowest: ").append(describe(slowest)).append(", ")
          .append(time(nanos(slowest.fast))).append(")\n");
    }
    if (weakest != null) {
      out.append("- Target ≥ 100× the day-by-day baseline at a 1-year span: ")
          .append(weakest.ratio() >= TARGET_RATIO ? "met" : "NOT met")
          .append(" (lowest: ").append(describe(weakest)).append(", ")
          .append(ratio(weakest.ratio())).append(")\n");
    }
    if (coldest != null) {
      out.append("- Target (#17) first plus of a new calendar ≥ 1× the day-by-day baseline's ")
          .append("first query, every calendar: ")
          .append(coldest.ratio() >= TARGET_COLD_RATIO ? "met" : "NOT met")
          .append(" (lowest: ").append(scenarioLabel(coldest.scenario)).append(", ")
          .append(format("%.2f×", coldest.ratio())).append(")\n");
    }
    if (steepest != null) {
      out.append("- Target (#17) flat in span: between/plus/minus over 10 years ≤ 1.3× over 1 h: ")
          .append(steepestRatio <= TARGET_FLATNESS ? "met" : "NOT met")
          .append(" (highest: ").append(steepest.query).append(" on ")
          .append(scenarioLabel(steepest.scenario)).append(", ")
          .append(format("%.2f×", steepestRatio)).append(")\n");
    }
    return out.toString();
  }

  private static String describe(Row row) {
    return row.query + (row.span.isEmpty() ? "" : " over " + Span.valueOf(row.span).label())
        + " on " + scenarioLabel(row.scenario);
  }

  /** The allocation per operation among a run's secondary results, or null without one. */
  static Result<?> allocation(Map<String, ?> secondary) {
    for (String name : ALLOCATION) {
      Object r = secondary.get(name);
      if (r instanceof Result) {
        return (Result<?>) r;
      }
    }
    return null;
  }

  /** The median of the measurement iterations' scores, in nanoseconds per operation. */
  private static double nanos(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    return primary.getStatistics().getPercentile(50) * nanosPer(primary.getScoreUnit());
  }

  /** Nanoseconds in the unit of a time per operation, such as {@code ms/op}. */
  static double nanosPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException(
            "Results must be times per operation (run in average-time mode): " + unit);
    }
  }

  private static String time(double nanos) {
    if (nanos < 1e3) {
      return format(nanos < 10 ? "%.1f ns" : "%.0f ns", nanos);
    }
    if (nanos < 1e6) {
      return format(nanos < 1e4 ? "%.2f µs" : "%.1f µs", nanos / 1e3);
    }
    return format(nanos < 1e7 ? "%.2f ms" : "%.1f ms", nanos / 1e6);
  }

  private static String ratio(double ratio) {
    return format(ratio < 10 ? "%.1f×" : "%,.0f×", ratio);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static int scenarioOrder(String name) {
    return name.isEmpty() ? -1 : Scenario.valueOf(name).ordinal();
  }

  private static String scenarioLabel(String name) {
    return name.isEmpty() ? "–" : Scenario.valueOf(name).label();
  }

  private static int spanOrder(String name) {
    return name.isEmpty() ? -1 : Span.valueOf(name).ordinal();
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not readable: the architecture below is all we can say.
    }
    return System.getProperty("os.arch") + " CPU";
  }
}
