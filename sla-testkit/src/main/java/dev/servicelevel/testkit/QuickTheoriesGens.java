package dev.servicelevel.testkit;

import java.time.Duration;
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
}
