package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

  @Test
  void of_holdsCadenceAndParticipants() {
    ReviewSchedule r = ReviewSchedule.of(ReportingPeriod.calendarQuarter(), "EcoShop", "ShopIT");
    assertEquals(ReportingPeriod.calendarQuarter(), r.cadence());
    assertEquals(List.of("EcoShop", "ShopIT"), r.participants());
    assertEquals("review after each calendar quarter with [EcoShop, ShopIT]", r.toString());
  }

  @Test
  void of_rejectsBlankParticipant() {
    assertRejected(
        "Review participant must not be blank: ''",
        () -> ReviewSchedule.of(ReportingPeriod.calendarYear(), "A", ""));
  }

  @Test
  void equality() {
    assertValueEquality(
        ReviewSchedule.of(ReportingPeriod.calendarYear()),
        ReviewSchedule.of(ReportingPeriod.calendarYear(), List.of()),
        ReviewSchedule.of(ReportingPeriod.calendarMonth()));
  }
}
