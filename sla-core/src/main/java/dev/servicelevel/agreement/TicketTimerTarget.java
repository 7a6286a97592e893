package dev.servicelevel.agreement;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A promise about a ticket timer, such as "respond to P1 tickets within 30 minutes, to P2 within
 * 2 business hours", optionally for a share of the tickets ("95 % of P1 resolved in 4 h").
 *
 * <p>The timer's clock starts when {@link #startWhen()} holds, counts the window's business
 * time (or elapsed time, as the goal says) while it runs, stands still while
 * {@link #pauseWhen()} holds (a ticket waiting on the customer), and stops when
 * {@link #stopWhen()} holds. {@link #cancelWhen()} discards the timer (the ticket no longer
 * counts) and {@link #resetWhen()} discards the time counted so far and waits for a new start.
 * A ticket's goal is the first goal whose condition matches ({@link GoalSelection#FIRST_MATCH})
 * or the matching goal with the earliest deadline ({@link GoalSelection#SHORTEST_MATCH}); a
 * ticket no goal matches is not subject to the target. When the matching goal changes while
 * the timer runs, {@link #goalChange()} says which clock the new goal uses. The target is met in
 * a period when at least {@link #requiredShare()} of the timers that belong to the period met
 * their goals; {@link #membership()} says which timers belong to a period (by default those
 * that started in it).
 *
 * <pre>{@code
 * TicketTimerTarget respond = TicketTimerTarget.builder()
 *     .id("respond").service("shop").window("prime").timer(TimerKind.RESPOND)
 *     .addGoals(TimerGoal.of(Condition.fieldIs("priority", "P1"),
 *         BusinessDuration.elapsed(Duration.ofMinutes(30))))
 *     .startWhen(Condition.event("created"))
 *     .stopWhen(Condition.event("first-response"))
 *     .pauseWhen(Condition.fieldIs("status", "waiting-on-customer"))
 *     .build();
 * }</pre>
 *
 * <p>Bounds: the required share is more than 0 and at most 100 %; decimals have at most 18 digits
 * after the point and an absolute value below 10^18 ({@link Limits#requireDecimal(String,
 * java.math.BigDecimal)}), checked before any other rule; goals are durations are positive and at
 * most 500 years ({@link Limits#MAX_DURATION}) or working days; ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract non-sealed class TicketTimerTarget implements MetricTarget {

  /**
   * Gets the family of the target: always {@link TargetKind#TICKET_TIMER}.
   *
   * @return {@link TargetKind#TICKET_TIMER}
   */
  @Override
  public final TargetKind kind() {
    return TargetKind.TICKET_TIMER;
  }

  TicketTimerTarget() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets what the timer measures.
   *
   * @return the timer kind, not null
   */
  public abstract TimerKind timer();

  /**
   * Gets the goals in order of precedence.
   *
   * @return the goals, at least one, not null
   */
  public abstract List<TimerGoal> goals();

  /**
   * Gets how the goal is picked when several match; first match unless set.
   *
   * @return the selection policy, not null
   */
  @Value.Default
  public GoalSelection goalSelection() {
    return GoalSelection.FIRST_MATCH;
  }

  /**
   * Gets the condition that starts the timer.
   *
   * @return the start condition, not null
   */
  public abstract Condition startWhen();

  /**
   * Gets the condition that stops the timer.
   *
   * @return the stop condition, not null
   */
  public abstract Condition stopWhen();

  /**
   * Gets the condition under which the timer stands still; never unless set.
   *
   * @return the pause condition, not null
   */
  @Value.Default
  public Condition pauseWhen() {
    return Condition.never();
  }

  /**
   * Gets the condition that discards the timer, so the ticket no longer counts; never unless
   * set.
   *
   * @return the cancel condition, not null
   */
  @Value.Default
  public Condition cancelWhen() {
    return Condition.never();
  }

  /**
   * Gets the condition that discards the time counted so far; the timer then waits for its start
   * condition again. Never unless set.
   *
   * @return the reset condition, not null
   */
  @Value.Default
  public Condition resetWhen() {
    return Condition.never();
  }

  /**
   * Gets whether the timer runs once per ticket or once per start; single unless set.
   *
   * @return the cycles, not null
   */
  @Value.Default
  public TimerCycles cycles() {
    return TimerCycles.SINGLE;
  }

  /**
   * Gets which clock a new goal uses when the matching goal changes while the timer runs;
   * retroactive unless set.
   *
   * @return the policy, not null
   */
  @Value.Default
  public GoalChangePolicy goalChange() {
    return GoalChangePolicy.RETROACTIVE;
  }

  /**
   * Gets the warnings and escalations that fire while the timer runs.
   *
   * @return the thresholds, each one once, not null
   */
  public abstract List<TimerThreshold> thresholds();

  /**
   * Gets the share of timers, in percent, that must meet their goals in a period; 100 unless
   * set.
   *
   * @return the share, more than 0 and at most 100, not null
   */
  @Value.Default
  public BigDecimal requiredShare() {
    return BigDecimal.valueOf(100);
  }

  /**
   * Gets which period a timer belongs to when compliance is reported per period: the period in
   * which its clock started unless set ({@link TicketMembership#BY_START}), or the one in which
   * it stopped or breached ({@link TicketMembership#BY_STOP}).
   *
   * @return the membership rule, not null
   */
  @Value.Default
  public TicketMembership membership() {
    return TicketMembership.BY_START;
  }

  @Value.Check
  void check() {
    Checks.requireTargetBasics(this);
    Checks.requireArgument(!goals().isEmpty(), "A ticket timer target needs a goal", id());
    Checks.requireUnique("Timer threshold", thresholds());
    Checks.requireShare("Required share of tickets", requiredShare());
  }

  /**
   * A builder of ticket timer targets; {@code id}, {@code service}, {@code window},
   * {@code timer}, a goal, {@code startWhen} and {@code stopWhen} are required.
   */
  public static final class Builder extends ImmutableTicketTimerTarget.Builder {
    Builder() {}
  }
}
