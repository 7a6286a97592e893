package dev.servicelevel.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs benchmarks whose ratio matters in rounds, one fork of each per round, so that a machine
 * whose speed drifts over minutes weighs on every side of a ratio alike; then prints each side's
 * scores and the ratios, overall and round by round.
 *
 * <p>{@code java -jar benchmarks.jar} runs all forks of one benchmark before the next: on a
 * virtual machine whose speed changes by 1.4× from one minute to the next, three forks of the
 * baseline and three of the library then measure different machines. Here round 1 runs one fork
 * of each arm, round 2 the next, and so on.
 *
 * <p>Usage: the number of rounds, the arms, {@code --}, then JMH's usual options for every fork
 * (the fork count is forced to one per arm and round):
 *
 * <pre>
 * java -cp sla-benchmarks/target/benchmarks.jar dev.servicelevel.benchmarks.Interleaved 3 \
 *     'naive=ComplianceBenchmark.naive$' \
 *     'one shard=ComplianceBenchmark.report$;shards=1' \
 *     'two shards=ComplianceBenchmark.report$;shards=2' --
 * </pre>
 *
 * <p>An arm is {@code label=regex}, then optional {@code ;name=value} JMH parameters, and an
 * optional {@code ;per=N} that divides its scores by {@code N}, shown in nanoseconds (a time per
 * record). The score of an arm is the median of all its measurement iterations over all rounds;
 * "first ÷ arm" is the first arm's score divided by this arm's, and each round's ratio is the
 * same from that round's forks alone (the median of each fork's iterations).
 */
public final class Interleaved {

  private Interleaved() {}

  /** One side of a ratio: a benchmark with fixed parameters, run once per round. */
  static final class Arm {
    final String label;
    final String include;
    final Map<String, String> params = new LinkedHashMap<>();
    final double per;
    /**
     * Each round's measurement iterations: in the arm's unit, or in nanoseconds divided by
     * {@link #per} when it is given.
     */
    final List<double[]> rounds = new ArrayList<>();
    String unit = "";

    Arm(String label, String include, double per) {
      this.label = label;
      this.include = include;
      this.per = per;
    }

    /**
     * Parses {@code label=regex;name=value;...;per=N}.
     *
     * @throws IllegalArgumentException naming the arm if it is not of that form
     */
    static Arm parse(String spec) {
      String[] parts = spec.split(";");
      int eq = parts[0].indexOf('=');
      if (eq <= 0 || eq == parts[0].length() - 1) {
        throw new IllegalArgumentException(
            "Arm \"" + spec + "\" must start with label=regex");
      }
      double per = 1;
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i++) {
        int e = parts[i].indexOf('=');
        if (e <= 0) {
          throw new IllegalArgumentException(
              "Arm \"" + spec + "\": \"" + parts[i] + "\" must be name=value");
        }
        String name = parts[i].substring(0, e);
        String value = parts[i].substring(e + 1);
        if (name.equals("per")) {
          per = Double.parseDouble(value);
          if (!(per > 0)) {
            throw new IllegalArgumentException(
                "Arm \"" + spec + "\": per must be positive, was " + value);
          }
        } else {
          params.put(name, value);
        }
      }
      Arm arm = new Arm(parts[0].substring(0, eq), parts[0].substring(eq + 1), per);
      arm.params.putAll(params);
      return arm;
    }

    double[] all() {
      return rounds.stream().flatMapToDouble(Arrays::stream).toArray();
    }
  }

  /**
   * Runs the rounds and prints the table.
   *
   * @param args  the number of rounds, the arms, {@code --} and JMH's options
   * @throws Exception if the arguments are malformed or a run fails
   */
  public static void main(String[] args) throws Exception {
    int dash = Arrays.asList(args).indexOf("--");
    if (args.length < 2 || dash < 2) {
      throw new IllegalArgumentException(
          "Usage: Interleaved ROUNDS ARM [ARM ...] -- [JMH options]");
    }
    int rounds;
    try {
      rounds = Integer.parseInt(args[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ROUNDS must be a whole number, was " + args[0], e);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("ROUNDS must be at least 1, was " + rounds);
    }
    List<Arm> arms = new ArrayList<>();
    for (int i = 1; i < dash; i++) {
      arms.add(Arm.parse(args[i]));
    }
    CommandLineOptions jmh =
        new CommandLineOptions(Arrays.copyOfRange(args, dash + 1, args.length));
    for (int r = 0; r < rounds; r++) {
      for (Arm arm : arms) {
        ChainedOptionsBuilder b = new OptionsBuilder().parent(jmh).include(arm.include).forks(1);
        arm.params.forEach((k, v) -> b.param(k, v));
        Collection<RunResult> results = new Runner(b.build()).run();
        if (results.size() != 1) {
          throw new IllegalStateException(
              "Arm " + arm.label + " ran " + results.size() + " benchmarks, not one: narrow "
                  + arm.include + " or give its parameters");
        }
        RunResult result = results.iterator().next();
        String unit = result.getPrimaryResult().getScoreUnit();
        // a score per record is shown in nanoseconds: milliseconds per ten million is unreadable
        double factor = arm.per == 1 ? 1 : ReadmeTable.nanosPer(unit) / arm.per;
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult br : result.getBenchmarkResults()) {
          for (IterationResult ir : br.getIterationResults()) {
            scores.add(ir.getPrimaryResult().getScore() * factor);
          }
        }
        arm.unit = arm.per == 1 ? unit : "ns each of " + format(arm.per);
        arm.rounds.add(scores.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    System.out.println();
    System.out.println(render(arms));
  }

  /** The table: each arm's score, its ratio to the first arm, and each round's. */
  static String render(List<Arm> arms) {
    StringBuilder out = new StringBuilder("| arm | score | first ÷ arm |");
    int rounds = arms.get(0).rounds.size();
    for (int r = 1; r <= rounds; r++) {
      out.append(" round ").append(r).append(" |");
    }
    out.append("\n|---|---:|---:|");
    out.append("---:|".repeat(rounds)).append('\n');
    Arm first = arms.get(0);
    double firstScore = median(first.all());
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (Arm arm : arms) {
      double score = median(arm.all());
      lo = Math.min(lo, score);
      hi = Math.max(hi, score);
      out.append("| ").append(arm.label)
          .append(" | ").append(format(score)).append(' ').append(arm.unit)
          .append(" | ").append(String.format(Locale.ROOT, "%.2f×", firstScore / score))
          .append(" |");
      for (int r = 0; r < rounds; r++) {
        double mine = median(arm.rounds.get(r));
        out.append(' ').append(format(mine));
        if (arm != first) {
          out.append(String.format(
              Locale.ROOT, " (%.2f×)", median(first.rounds.get(r)) / mine));
        }
        out.append(" |");
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT,
        "%nScore: the median of all measurement iterations of the arm; each round: the median of"
            + " that round's fork, with the first arm's of the same round divided by it in"
            + " brackets. Largest score ÷ smallest: %.2f×.", hi / lo));
    return out.toString();
  }

  /** The median; the mean of the two middle values for an even count. */
  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("No values to take the median of");
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private static String format(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
