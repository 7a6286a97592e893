package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a measurement target turns samples or event counts into one value per period, with
 * OpenSLO's vocabulary where it fits.
 *
 * <ul>
 *   <li>{@link Kind#OCCURRENCES}: the share, in percent, of samples that meet a per-sample
 *       threshold (OpenSLO "Occurrences" over a threshold metric), such as "99 % of requests
 *       faster than 300 ms".</li>
 *   <li>{@link Kind#PERCENTILE}: the nearest-rank percentile of the samples: for n samples sorted
 *       ascending {@code x[1] <= ... <= x[n]}, the p-th percentile is {@code x[k]} with
 *       {@code k = ceil(p / 100 * n)}, so the 100th is the maximum.</li>
 *   <li>{@link Kind#MEAN}: the arithmetic mean of the samples.</li>
 *   <li>{@link Kind#MAX}: the largest sample.</li>
 *   <li>{@link Kind#RATIO}: counted events over all events, in percent (OpenSLO "Occurrences"
 *       over a ratio metric), such as good/total requests or errors/total requests.</li>
 *   <li>{@link Kind#TIMESLICES}: the share, in percent, of good time slices (OpenSLO
 *       "Timeslices": "a ratio of good time slices to total time slices in a budgeting
 *       period"). The period is cut into slices of {@link #slice()} from its start, and a slice
 *       is good when its counted/total ratio, in percent, meets the per-slice threshold.</li>
 *   <li>{@link Kind#RATIO_TIMESLICES}: the mean, in percent, of the slices' ratios (OpenSLO
 *       "RatioTimeslices": "an average of all time slices' success ratios in a budgeting
 *       period"): each slice's counted/total ratio weighs the same, however many events it
 *       had.</li>
 * </ul>
 *
 * <p>Slices without events (no event count in them, or counts whose total is 0) follow
 * {@link #emptySlices()}: {@link EmptySlices#SKIP} (the default) leaves them out of both
 * slice kinds, {@link EmptySlices#GOOD} counts each as a good slice with a ratio of 100 %, and
 * {@link EmptySlices#BAD} as a bad slice with a ratio of 0 %. Slices are cut through the whole
 * period whatever the window's hours, so with {@code GOOD} or {@code BAD} every slice so far
 * counts, closed hours included; a window that closes suits {@code SKIP}. All arithmetic is
 * exact (fractions of event counts), rounded only for display.
 * </ul>
 *
 * <pre>{@code
 * Indicator.percentile(new BigDecimal("95"));
 * Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, new BigDecimal("300"));
 * Indicator.timeslices(
 *     Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, new BigDecimal("99"));
 * Indicator.ratioTimeslices(Duration.ofMinutes(5)).withEmptySlices(EmptySlices.GOOD);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Indicator {

  /** The kinds of indicator. */
  public enum Kind {
    /** The share of samples that meet a per-sample threshold. */
    OCCURRENCES,
    /** A nearest-rank percentile of the samples. */
    PERCENTILE,
    /** The arithmetic mean of the samples. */
    MEAN,
    /** The largest sample. */
    MAX,
    /** Counted events over all events. */
    RATIO,
    /** The share of time slices whose event ratio meets a per-slice threshold. */
    TIMESLICES,
    /** The mean of the time slices' event ratios. */
    RATIO_TIMESLICES
  }

  /** How the slice kinds treat a time slice without events. */
  public enum EmptySlices {
    /** Left out: neither good nor bad, and not in the mean. */
    SKIP,
    /** Counted as a good slice, with a ratio of 100 %. */
    GOOD,
    /** Counted as a bad slice, with a ratio of 0 %. */
    BAD
  }

  private static final Duration DAY = Duration.ofDays(1);

  Indicator() {}

  /**
   * Obtains the share of samples that meet a threshold, in percent.
   *
   * @param comparison  how a sample is compared with the threshold, not null
   * @param threshold  the per-sample threshold, not null
   * @return the indicator, not null
   */
  public static Indicator samplesMeeting(Comparison comparison, BigDecimal threshold) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(threshold, "threshold");
    return ImmutableIndicator.builder()
        .kind(Kind.OCCURRENCES)
        .goodComparison(comparison)
        .goodThreshold(threshold)
        .build();
  }

  /**
   * Obtains a nearest-rank percentile of the samples.
   *
   * @param percent  the percentile, more than 0 and at most 100, such as 95
   * @return the indicator, not null
   * @throws IllegalArgumentException if the percentile is outside (0, 100]
   */
  public static Indicator percentile(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return ImmutableIndicator.builder().kind(Kind.PERCENTILE).percentile(percent).build();
  }

  /**
   * Obtains the arithmetic mean of the samples.
   *
   * @return the indicator, not null
   */
  public static Indicator mean() {
    return ImmutableIndicator.builder().kind(Kind.MEAN).build();
  }

  /**
   * Obtains the largest sample.
   *
   * @return the indicator, not null
   */
  public static Indicator max() {
    return ImmutableIndicator.builder().kind(Kind.MAX).build();
  }

  /**
   * Obtains counted events over all events, in percent.
   *
   * @return the indicator, not null
   */
  public static Indicator ratio() {
    return ImmutableIndicator.builder().kind(Kind.RATIO).build();
  }

  /**
   * Obtains the share of good time slices, in percent (OpenSLO Timeslices), where a slice is
   * good when its counted/total ratio in percent meets the threshold; slices without events are
   * skipped unless {@link #withEmptySlices(EmptySlices)} says otherwise.
   *
   * @param slice  the slice length, positive and dividing a day evenly, not null
   * @param comparison  how a slice's ratio is compared with the threshold, not null
   * @param threshold  the per-slice ratio threshold in percent, within 0 and 100, not null
   * @return the indicator, not null
   * @throws NullPointerException naming the parameter if an argument is null
   * @throws IllegalArgumentException if the slice does not divide a day or the threshold is not
   *     a percentage
   */
  public static Indicator timeslices(Duration slice, Comparison comparison, BigDecimal threshold) {
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(threshold, "threshold");
    return ImmutableIndicator.builder()
        .kind(Kind.TIMESLICES)
        .slice(slice)
        .goodComparison(comparison)
        .goodThreshold(threshold)
        .build();
  }

  /**
   * Obtains the mean of the time slices' counted/total ratios, in percent (OpenSLO
   * RatioTimeslices); slices without events are skipped unless
   * {@link #withEmptySlices(EmptySlices)} says otherwise.
   *
   * @param slice  the slice length, positive and dividing a day evenly, not null
   * @return the indicator, not null
   * @throws NullPointerException naming the parameter if it is null
   * @throws IllegalArgumentException if the slice does not divide a day
   */
  public static Indicator ratioTimeslices(Duration slice) {
    Objects.requireNonNull(slice, "slice");
    return ImmutableIndicator.builder().kind(Kind.RATIO_TIMESLICES).slice(slice).build();
  }

  /**
   * Gets the kind of indicator.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Gets the percentile of a {@link Kind#PERCENTILE} indicator.
   *
   * @return the percentile in percent, empty for other kinds
   */
  public abstract Optional<BigDecimal> percentile();

  /**
   * Gets how one sample ({@link Kind#OCCURRENCES}) or one slice's ratio
   * ({@link Kind#TIMESLICES}) is compared with {@link #goodThreshold()}.
   *
   * @return the comparison, empty for other kinds
   */
  public abstract Optional<Comparison> goodComparison();

  /**
   * Gets the threshold that makes one sample ({@link Kind#OCCURRENCES}) or one slice
   * ({@link Kind#TIMESLICES}, a ratio in percent) good.
   *
   * @return the threshold, empty for other kinds
   */
  public abstract Optional<BigDecimal> goodThreshold();

  /**
   * Gets the slice length of a {@link Kind#TIMESLICES} or {@link Kind#RATIO_TIMESLICES}
   * indicator.
   *
   * @return the slice, empty for other kinds
   */
  public abstract Optional<Duration> slice();

  /**
   * Gets how slices without events count, for {@link Kind#TIMESLICES} and
   * {@link Kind#RATIO_TIMESLICES}; {@link EmptySlices#SKIP} unless set, and always for the other
   * kinds.
   *
   * @return the rule, not null
   */
  @Value.Default
  public EmptySlices emptySlices() {
    return EmptySlices.SKIP;
  }

  /**
   * Checks if the indicator cuts the period into time slices.
   *
   * @return true for {@link Kind#TIMESLICES} and {@link Kind#RATIO_TIMESLICES}
   */
  public boolean isSliced() {
    return kind() == Kind.TIMESLICES || kind() == Kind.RATIO_TIMESLICES;
  }

  /**
   * Checks if the indicator's value is a share in percent (occurrences, ratio, timeslices,
   * ratio timeslices), so a target for it lies within 0 and 100.
   *
   * @return true for {@link Kind#OCCURRENCES}, {@link Kind#RATIO}, {@link Kind#TIMESLICES} and
   *     {@link Kind#RATIO_TIMESLICES}
   */
  public boolean isPercentage() {
    return kind() == Kind.OCCURRENCES || kind() == Kind.RATIO || isSliced();
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this indicator with another kind, checked like a built value.
   *
   * @param value  the kind, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withKind(Indicator.Kind value);

  /**
   * Returns a copy of this indicator with another percentile, checked like a built value.
   *
   * @param value  the percentile, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withPercentile(BigDecimal value);

  /**
   * Returns a copy of this indicator with another percentile, checked like a built value.
   *
   * @param optional  the percentile, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withPercentile(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this indicator with another good comparison, checked like a built
   * value.
   *
   * @param value  the good comparison, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withGoodComparison(Comparison value);

  /**
   * Returns a copy of this indicator with another good comparison, checked like a built
   * value.
   *
   * @param optional  the good comparison, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withGoodComparison(Optional<? extends Comparison> optional);

  /**
   * Returns a copy of this indicator with another good threshold, checked like a built
   * value.
   *
   * @param value  the good threshold, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withGoodThreshold(BigDecimal value);

  /**
   * Returns a copy of this indicator with another good threshold, checked like a built
   * value.
   *
   * @param optional  the good threshold, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withGoodThreshold(Optional<? extends BigDecimal> optional);

  /**
   * Returns a copy of this indicator with another slice, checked like a built value.
   *
   * @param value  the slice, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withSlice(Duration value);

  /**
   * Returns a copy of this indicator with another slice, checked like a built value.
   *
   * @param optional  the slice, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Indicator withSlice(Optional<? extends Duration> optional);

  /**
   * Returns a copy of this indicator with another rule for slices without events, checked like
   * a built value.
   *
   * @param value  the rule, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is null
   * @throws IllegalArgumentException if the indicator is not sliced and the rule is not
   *     {@link EmptySlices#SKIP}
   */
  public abstract Indicator withEmptySlices(EmptySlices value);

  @Value.Check
  void check() {
    boolean threshold = kind() == Kind.OCCURRENCES || kind() == Kind.TIMESLICES;
    Checks.requireArgument(
        percentile().isPresent() == (kind() == Kind.PERCENTILE)
            && goodComparison().isPresent() == threshold
            && goodThreshold().isPresent() == threshold
            && slice().isPresent() == isSliced(),
        "Indicator has attributes its kind does not use or lacks ones it needs",
        kind());
    percentile().ifPresent(p -> Limits.requireDecimal("Percentile", p));
    goodThreshold().ifPresent(t -> Limits.requireDecimal("Indicator threshold", t));
    percentile().ifPresent(p -> Checks.requireShare("Percentile", p));
    slice()
        .ifPresent(
            s -> {
              Checks.requirePositive("Time slice", s);
              Checks.requireArgument(
                  DAY.toNanos() % s.toNanos() == 0 && s.compareTo(DAY) <= 0,
                  "Time slice must divide a day evenly",
                  s);
            });
    if (kind() == Kind.TIMESLICES) {
      Checks.requirePercentage("Time slice ratio threshold", goodThreshold().orElseThrow());
    }
    Checks.requireArgument(
        isSliced() || emptySlices() == EmptySlices.SKIP,
        "Only sliced indicators have a rule for slices without events",
        kind(),
        emptySlices());
  }

  private String emptyRule() {
    return emptySlices() == EmptySlices.SKIP
        ? ""
        : ", empty slices " + emptySlices().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Outputs the indicator, such as {@code "p95"}, {@code "mean"},
   * {@code "share of samples <= 300"}, {@code "share of PT5M slices with ratio >= 99"} or
   * {@code "mean ratio of PT5M slices, empty slices good"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    switch (kind()) {
      case OCCURRENCES:
        return "share of samples "
            + goodComparison().orElseThrow().symbol()
            + " "
            + goodThreshold().orElseThrow().toPlainString();
      case PERCENTILE:
        return "p" + percentile().orElseThrow().toPlainString();
      case MEAN:
        return "mean";
      case MAX:
        return "max";
      case RATIO:
        return "ratio";
      case TIMESLICES:
        return "share of "
            + slice().orElseThrow()
            + " slices with ratio "
            + goodComparison().orElseThrow().symbol()
            + " "
            + goodThreshold().orElseThrow().toPlainString()
            + emptyRule();
      case RATIO_TIMESLICES:
        return "mean ratio of " + slice().orElseThrow() + " slices" + emptyRule();
      default:
        throw new AssertionError(kind());
    }
  }
}
