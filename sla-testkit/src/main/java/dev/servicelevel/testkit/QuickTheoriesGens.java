package dev.servicelevel.testkit;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerThreshold;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories {@link Gen}s of servicelevel's types, adapted from the {@link RandomGenerator}
 * based generators of this package; shrinking works through the numbers QuickTheories supplies.
 *
 * <pre>{@code
 * qt().withExamples(300)
 *     .forAll(QuickTheoriesGens.calendarScenarios())
 *     .checkAssert(s -> {
 *       BusinessCalendar cal = s.spec().build();
 *       assertEquals(s.d1(), cal.between(s.a(), cal.plus(s.a(), s.d1())));
 *     });
 * }</pre>
 *
 * <p>Another property library adapts the same generators by wrapping its own source of
 * randomness in a {@link RandomGenerator} and calling, for example,
 * {@link CalendarSpecs#calendar(RandomGenerator)}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class QuickTheoriesGens {

  private QuickTheoriesGens() {}

  /**
   * Adapts a generator written against {@link RandomGenerator} to QuickTheories.
   *
   * @param <T>  the generated type
   * @param generator  the generator, not null
   * @return the QuickTheories generator, not null
   */
  public static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.apply(new RandomnessAdapter(in));
  }

  /**
   * Generates calendar rules, see {@link CalendarSpecs#calendar(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<CalendarSpec> calendars() {
    return of(CalendarSpecs::calendar);
  }

  /**
   * Generates calendar scenarios, see {@link CalendarSpecs#scenario(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<CalendarScenario> calendarScenarios() {
    return of(CalendarSpecs::scenario);
  }

  /**
   * Generates ticket scenarios whose targets may reset or restart their clocks, see
   * {@link TicketScenarios#scenario(RandomGenerator, boolean)}.
   *
   * @return the generator, not null
   */
  public static Gen<TicketScenario> ticketScenarios() {
    return of(r -> TicketScenarios.scenario(r, true));
  }

  /**
   * Generates ticket scenarios whose targets never reset or restart their clocks.
   *
   * @return the generator, not null
   */
  public static Gen<TicketScenario> ticketScenariosWithoutResets() {
    return of(r -> TicketScenarios.scenario(r, false));
  }

  /**
   * Generates business-time amounts, see {@link CalendarSpecs#businessTime(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Duration> businessTimes() {
    return of(CalendarSpecs::businessTime);
  }

  /**
   * Generates parties, see {@link AgreementGens#party(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Party> parties() {
    return of(AgreementGens::party);
  }

  /**
   * Generates services, see {@link AgreementGens#service(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Service> services() {
    return of(AgreementGens::service);
  }

  /**
   * Generates the windows of an agreement, see {@link AgreementGens#windows(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<List<ServiceWindow>> serviceWindows() {
    return of(AgreementGens::windows);
  }

  /**
   * Generates conditions, see {@link AgreementGens#condition(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Condition> conditions() {
    return of(AgreementGens::condition);
  }

  /**
   * Generates business durations on every basis, see
   * {@link AgreementGens#businessDuration(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<BusinessDuration> businessDurations() {
    return of(AgreementGens::businessDuration);
  }

  /**
   * Generates timer goals, see {@link AgreementGens#timerGoal(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<TimerGoal> timerGoals() {
    return of(AgreementGens::timerGoal);
  }

  /**
   * Generates timer thresholds, escalations naming levels 1 to 3, see
   * {@link AgreementGens#timerThreshold(RandomGenerator, int)}.
   *
   * @return the generator, not null
   */
  public static Gen<TimerThreshold> timerThresholds() {
    return of(r -> AgreementGens.timerThreshold(r, 3));
  }

  /**
   * Generates reporting periods, see {@link AgreementGens#reportingPeriod(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<ReportingPeriod> reportingPeriods() {
    return of(AgreementGens::reportingPeriod);
  }

  /**
   * Generates indicators of every kind, see {@link AgreementGens#indicator(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Indicator> indicators() {
    return of(AgreementGens::indicator);
  }

  /**
   * Generates metric targets of every family, see
   * {@link AgreementGens#metricTarget(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<MetricTarget> metricTargets() {
    return of(AgreementGens::metricTarget);
  }

  /**
   * Generates credit tiers of a target with the id {@code target}, see
   * {@link AgreementGens#targetCredits(RandomGenerator, String)}.
   *
   * @return the generator, not null
   */
  public static Gen<TargetCredits> targetCredits() {
    return of(r -> AgreementGens.targetCredits(r, "target"));
  }

  /**
   * Generates credit policies billed per calendar month with tiers for the targets {@code a}
   * and {@code b}, see {@link AgreementGens#creditPolicy(RandomGenerator, ReportingPeriod, List)}.
   *
   * @return the generator, not null
   */
  public static Gen<CreditPolicy> creditPolicies() {
    return of(r -> AgreementGens.creditPolicy(r, ReportingPeriod.calendarMonth(), List.of("a", "b")));
  }

  /**
   * Generates termination rules on the targets {@code a}, {@code b} and {@code c}, see
   * {@link AgreementGens#terminationRule(RandomGenerator, List)}.
   *
   * @return the generator, not null
   */
  public static Gen<TerminationRule> terminationRules() {
    return of(r -> AgreementGens.terminationRule(r, List.of("a", "b", "c")));
  }

  /**
   * Generates agreements of every kind, described in full when a property fails, see
   * {@link AgreementGens#agreement(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Agreement> agreements() {
    return of(AgreementGens::agreement).describedAs(AgreementGens::describe);
  }

  /**
   * Generates SLAs, described in full when a property fails, see
   * {@link AgreementGens#sla(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<Agreement> slas() {
    return of(AgreementGens::sla).describedAs(AgreementGens::describe);
  }

  /**
   * Generates chains of an SLA and the OLAs and underpinning contracts that support it,
   * described in full when a property fails, see {@link AgreementGens#chain(RandomGenerator)}.
   *
   * @return the generator, not null
   */
  public static Gen<AgreementChain> agreementChains() {
    return of(AgreementGens::chain).describedAs(AgreementGens::describe);
  }
}
