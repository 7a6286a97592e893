/**
 * Generators of business calendars, instants and durations for property-based tests.
 *
 * <p>The generators are written against {@link dev.servicelevel.testkit.Randomness}, so any
 * property library, or a plain seeded {@link java.util.random.RandomGenerator}, can drive them;
 * {@link dev.servicelevel.testkit.CalendarGens} adapts them to QuickTheories.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.servicelevel.testkit {
  requires transitive dev.servicelevel.calendar;
  requires transitive org.threeten.extra;
  requires transitive quicktheories;

  exports dev.servicelevel.testkit;
}
