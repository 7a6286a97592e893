package dev.servicelevel.agreement;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A right to terminate the agreement when a target is breached too often: in N consecutive
 * periods, or in K of the last N periods. Each named target is judged on its own ("the same
 * target breached in three consecutive months"); the right arises when any one of them shows the
 * pattern. The customer holds the right unless set otherwise.
 *
 * <pre>{@code
 * TerminationRule.consecutiveBreaches(3, "shop-prime");
 * TerminationRule.breachesWithin(4, 6, "shop-prime", "respond");
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters; no id is null.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TerminationRule {

  TerminationRule() {}

  /**
   * Obtains a rule that fires when a target is breached in a number of consecutive periods.
   *
   * @param periods  the number of consecutive breached periods, at least 1
   * @param targetIds  the ids of the targets, at least one
   * @return the rule, held by the customer, not null
   * @throws IllegalArgumentException if {@code periods} is less than 1 or no target is named
   */
  public static TerminationRule consecutiveBreaches(int periods, String... targetIds) {
    return breachesWithin(periods, periods, targetIds);
  }

  /**
   * Obtains a rule that fires when a target is breached in K of the last N periods.
   *
   * @param breaches  the number of breached periods K, at least 1 and at most {@code periods}
   * @param periods  the number of periods N looked at
   * @param targetIds  the ids of the targets, at least one
   * @return the rule, held by the customer, not null
   * @throws IllegalArgumentException if not {@code 1 <= breaches <= periods}, if
   *     {@code periods} is more than {@link ReportingPeriod#MAX_DAYS}, or if no target is named or
   *     one is named twice
   */
  public static TerminationRule breachesWithin(int breaches, int periods, String... targetIds) {
    List<String> ids = Checks.requireNoNulls("targetIds", targetIds);
    // The rule keeps a set: a repeated id would silently vanish, so it is refused instead.
    Checks.requireUnique("Termination target ids", ids);
    return ImmutableTerminationRule.builder()
        .breaches(breaches)
        .periods(periods)
        .addAllTargets(ids)
        .build();
  }

  /**
   * Gets the ids of the targets the rule watches.
   *
   * @return the target ids, at least one, not null
   */
  public abstract Set<String> targets();

  /**
   * Gets the number of breached periods K that gives the right.
   *
   * @return K, at least 1
   */
  public abstract int breaches();

  /**
   * Gets the number of most recent periods N looked at; equal to {@link #breaches()} for
   * consecutive breaches.
   *
   * @return N, at least K
   */
  public abstract int periods();

  /**
   * Gets the party that may terminate; the customer unless set.
   *
   * @return the holder of the right, not null
   */
  @Value.Default
  public PartyRole holder() {
    return PartyRole.CUSTOMER;
  }

  /**
   * Returns a copy of this rule held by another party.
   *
   * @param holder  the party that may terminate, not null
   * @return a rule like this one with the holder, not null
   */
  public abstract TerminationRule withHolder(PartyRole holder);

  /**
   * Checks if the rule asks for consecutive breaches (K equals N).
   *
   * @return true if every one of the last N periods must be breached
   */
  public boolean isConsecutive() {
    return breaches() == periods();
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this termination rule with another targets, checked like a built
   * value.
   *
   * @param elements  the targets, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TerminationRule withTargets(String... elements);

  /**
   * Returns a copy of this termination rule with another targets, checked like a built
   * value.
   *
   * @param elements  the targets, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TerminationRule withTargets(Iterable<String> elements);

  /**
   * Returns a copy of this termination rule with another breaches, checked like a built
   * value.
   *
   * @param value  the breaches
   * @return the copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TerminationRule withBreaches(int value);

  /**
   * Returns a copy of this termination rule with another periods, checked like a built
   * value.
   *
   * @param value  the periods
   * @return the copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TerminationRule withPeriods(int value);

  @Value.Check
  void check() {
    Checks.requireArgument(!targets().isEmpty(), "A termination rule needs a target", this);
    targets().forEach(t -> Checks.requireId("Target id", t));
    Checks.requireArgument(
        breaches() >= 1 && breaches() <= periods(),
        "Termination breaches must be at least 1 and at most the periods looked at",
        breaches(),
        periods());
    Checks.requireArgument(
        periods() <= ReportingPeriod.MAX_DAYS,
        "Termination periods looked at must be at most "
            + ReportingPeriod.MAX_DAYS
            + " (the days of the supported range)",
        periods());
  }

  /**
   * Outputs the rule, such as {@code "CUSTOMER may terminate when [shop-prime] is breached in 3
   * consecutive periods"}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    String pattern =
        isConsecutive()
            ? periods() + " consecutive periods"
            : breaches() + " of the last " + periods() + " periods";
    return holder() + " may terminate when " + targets() + " is breached in " + pattern;
  }
}
