package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.BusinessDuration.Basis;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessDurationTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(
            BusinessDuration.businessHours(4),
            Basis.BUSINESS_TIME,
            Duration.ofHours(4),
            0,
            "PT4H business time"),
        Arguments.of(
            BusinessDuration.businessMinutes(30),
            Basis.BUSINESS_TIME,
            Duration.ofMinutes(30),
            0,
            "PT30M business time"),
        Arguments.of(
            BusinessDuration.businessTime(Duration.ofSeconds(90)),
            Basis.BUSINESS_TIME,
            Duration.ofSeconds(90),
            0,
            "PT1M30S business time"),
        Arguments.of(
            BusinessDuration.elapsed(Duration.ofMinutes(15)),
            Basis.ELAPSED_TIME,
            Duration.ofMinutes(15),
            0,
            "PT15M elapsed time"),
        Arguments.of(
            BusinessDuration.workingDaysSameTime(2),
            Basis.WORKING_DAYS_SAME_TIME,
            Duration.ZERO,
            2,
            "same time +2 working days"),
        Arguments.of(
            BusinessDuration.endOfWorkingDay(0),
            Basis.END_OF_WORKING_DAY,
            Duration.ZERO,
            0,
            "end of working day +0"),
        Arguments.of(
            BusinessDuration.endOfWorkingDay(1),
            Basis.END_OF_WORKING_DAY,
            Duration.ZERO,
            1,
            "end of working day +1"));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void factories_sayHowTheDurationCounts(
      BusinessDuration d, Basis basis, Duration time, int days, String text) {
    assertEquals(basis, d.basis());
    assertEquals(time, d.time());
    assertEquals(days, d.workingDays());
    assertEquals(text, d.toString());
    assertEquals(basis == Basis.BUSINESS_TIME || basis == Basis.ELAPSED_TIME, d.isTimeBased());
  }

  @Test
  void timeBased_rejectsZeroAndNegativeTime() {
    assertRejected(
        "Business hours must be within 1 and 4382904 (500 years): 0",
        () -> BusinessDuration.businessHours(0));
    assertRejected(
        "Business hours must be within 1 and 4382904 (500 years): -9223372036854775808",
        () -> BusinessDuration.businessHours(Long.MIN_VALUE));
    assertRejected(
        "Business minutes must be within 1 and 262974240 (500 years): -1",
        () -> BusinessDuration.businessMinutes(-1));
    assertRejected(
        "Duration must be positive: PT0S", () -> BusinessDuration.elapsed(Duration.ZERO));
    assertRejected(
        "Duration must be positive: PT-1M", () -> BusinessDuration.elapsed(Duration.ofMinutes(-1)));
  }

  @Test
  void workingDays_rejectsTooFewDays() {
    assertRejected(
        "Working days must be at least 1 for WORKING_DAYS_SAME_TIME: 0",
        () -> BusinessDuration.workingDaysSameTime(0));
    assertRejected(
        "Working days must be at least 0 for END_OF_WORKING_DAY: -1",
        () -> BusinessDuration.endOfWorkingDay(-1));
  }

  @Test
  void bases_rejectTheOtherBasisPart() {
    assertRejected(
        "A time-based duration has no working days: 2",
        () -> ImmutableBusinessDuration.of(Basis.BUSINESS_TIME, Duration.ofHours(1), 2));
    assertRejected(
        "A working-day duration has no time part: PT1H",
        () -> ImmutableBusinessDuration.of(Basis.END_OF_WORKING_DAY, Duration.ofHours(1), 2));
  }

  @Test
  void businessTime_rejectsNull() {
    assertNullRejected("time", () -> BusinessDuration.businessTime(null));
    assertNullRejected("time", () -> BusinessDuration.elapsed(null));
  }

  @Test
  void equality_dependsOnBasisAndAmount() {
    assertValueEquality(
        BusinessDuration.businessHours(4),
        BusinessDuration.businessTime(Duration.ofMinutes(240)),
        BusinessDuration.elapsed(Duration.ofHours(4)));
    assertValueEquality(
        BusinessDuration.workingDaysSameTime(1),
        BusinessDuration.workingDaysSameTime(1),
        BusinessDuration.endOfWorkingDay(1));
    assertFalse(BusinessDuration.endOfWorkingDay(1).isTimeBased());
    assertTrue(BusinessDuration.elapsed(Duration.ofHours(1)).isTimeBased());
  }
}
