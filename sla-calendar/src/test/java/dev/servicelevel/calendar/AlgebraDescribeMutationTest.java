package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Where the description of a large composed calendar is cut, to the character: an operand is
 * shown only if the text so far is below {@link AlgebraDefinition#DESCRIPTION_BUDGET}, the cut
 * is marked "…", the operation that cut names its operand count, and the operations around it
 * stop appending (no closing parenthesis, no "until").
 */
class AlgebraDescribeMutationTest {

  private static final int OPERANDS = 100;

  /** Operand 0 is "24x7 +01:00" (11 characters), operand i > 0 "Mon 00:ii–23:00 UTC" (19). */
  private static BusinessCalendar operand(int i) {
    if (i == 0) {
      return BusinessCalendar.alwaysOpen(ZoneOffset.ofHours(1));
    }
    return BusinessCalendar.builder(ZoneId.of("UTC"))
        .open(DayOfWeek.MONDAY, LocalTime.MIDNIGHT.plusMinutes(i), LocalTime.of(23, 0))
        .build();
  }

  private static BusinessCalendar bigUnion() {
    BusinessCalendar union = operand(0);
    for (int i = 1; i < OPERANDS; i++) {
      union = union.union(operand(i));
    }
    return union;
  }

  /** The first {@code n} operands joined by " ∪ ". */
  private static String shown(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ∪ ").append('(').append(operand(i)).append(')');
    }
    return sb.toString();
  }

  @Test
  void operandsAreShownUntilTheTextReachesTheBudget_exactly() {
    assertEquals("24x7 +01:00", operand(0).toString());
    assertEquals("Mon 00:41–23:00 UTC", operand(41).toString());
    String text = bigUnion().toString();
    // before operand 42 the text holds 13 + 41 · 24 + 3 = 1,000 characters, the budget exactly
    assertEquals(AlgebraDefinition.DESCRIPTION_BUDGET, shown(42).length() + 3);
    assertEquals(shown(42) + " ∪ … (100 operands)", text);
    assertEquals(AlgebraDefinition.DESCRIPTION_BUDGET + 1 + 15, text.length());
  }

  @Test
  void aCutInsideAnOperand_endsTheWholeDescription() {
    String union = shown(42) + " ∪ … (100 operands)";
    BusinessCalendar office = operand(1);
    assertEquals("(" + union, bigUnion().intersection(office).toString());
    assertEquals("(" + union, bigUnion().replacedFrom(LocalDate.of(2025, 1, 1), office).toString());
    assertEquals("not (" + union, bigUnion().complement().toString());
    // 25 characters before the union: operand 41 starts at 1,001 and is the first one cut
    assertEquals("(" + office + ") ∩ (" + shown(41) + " ∪ … (100 operands)",
        office.intersection(bigUnion()).toString());
  }
}
