/**
 * Generators of servicelevel's types for property-based tests: a core driven by any
 * {@link java.util.random.RandomGenerator}, and QuickTheories {@code Gen} adapters on top.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.servicelevel.testkit {
  requires transitive dev.servicelevel.core;
  requires transitive dev.servicelevel.calendar;
  requires transitive quicktheories;

  exports dev.servicelevel.testkit;
}
