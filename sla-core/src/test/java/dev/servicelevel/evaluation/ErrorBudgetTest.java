package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.assertNullRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

  // ---- of, ofShare ----

  @Test
  void ofShare_allowsTheMissingShareOfTheCountedRecords() {
    ErrorBudget b = ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 37, 1, dec("95"));
    assertEquals(dec("1.85"), b.allowed());
    assertEquals(dec("1"), b.used());
    assertEquals("allowed 1.85 tickets, used 1 (54.06 %), left 0.85", b.toString());
    assertEquals(ErrorBudget.of(ErrorBudget.Unit.TICKETS, dec("1.850"), dec("1")), b);
  }

  @Test
  void of_rejectsNegativeAndUnboundedAmounts() {
    assertRejected(
        "Error budget amounts must be at least 0: -1 / 2",
        () -> ErrorBudget.of(ErrorBudget.Unit.EVENTS, dec("-1"), dec("2")));
    assertRejected(
        "used must have at most 18 digits after the point and an absolute value below 10^18:"
            + " 1E+18",
        () -> ErrorBudget.of(ErrorBudget.Unit.EVENTS, dec("1"), dec("1E18")));
    assertNullRejected("unit", () -> ErrorBudget.of(null, dec("1"), dec("1")));
    assertRejected(
        "Bad records must be within 0 and the records counted: 3 / 2",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 2, 3, dec("95")));
    assertRejected(
        "Required share must be within 0 and 100 %: 100.5",
        () -> ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 2, 1, dec("100.5")));
  }

  // ---- usedShare ----

  @Test
  void usedShare_isTheExactFormOfUsedPercent() {
    ErrorBudget b = ErrorBudget.ofShare(ErrorBudget.Unit.TICKETS, 37, 1, dec("95"));
    assertEquals(Optional.of(Fraction.of(dec("20"), dec("37"))), b.usedShare());
    // 54.0540...% shown rounded up
    assertEquals(Optional.of(dec("54.06")), b.usedPercent());
    assertEquals(
        Optional.empty(), ErrorBudget.of(ErrorBudget.Unit.SAMPLES, dec("0"), dec("1")).usedShare());
  }
}
