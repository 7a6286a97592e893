package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * How a composed calendar describes itself, found unpinned by mutation testing: nested unions
 * and intersections are flattened in order whichever way they were grouped, each operand is
 * named once, and a complement or a change of version names its operands.
 */
class AlgebraMutationTest {

  private static BusinessCalendar open(DayOfWeek day) {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.of(day), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  private static final BusinessCalendar MON = open(DayOfWeek.MONDAY);
  private static final BusinessCalendar TUE = open(DayOfWeek.TUESDAY);
  private static final BusinessCalendar WED = open(DayOfWeek.WEDNESDAY);

  @Test
  void union_isDescribedFlatInOrderWhateverTheGrouping() {
    String expected = "(" + MON + ") ∪ (" + TUE + ") ∪ (" + WED + ")";
    assertEquals(expected, MON.union(TUE).union(WED).toString());
    assertEquals(expected, MON.union(TUE.union(WED)).toString());
    BusinessCalendar monTue = MON.union(TUE);
    assertEquals(expected, monTue.union(monTue.union(WED)).toString());
  }

  @Test
  void union_namesEachOperandOnce() {
    assertEquals("(" + MON + ") ∪ (" + TUE + ")", MON.union(TUE).union(MON).toString());
  }

  @Test
  void intersection_isDescribedFlatAndUnionsInsideItKeepTheirParentheses() {
    String inner = "(" + TUE + ") ∪ (" + WED + ")";
    assertEquals("(" + MON + ") ∩ (" + inner + ")",
        MON.intersection(TUE.union(WED)).toString());
    assertEquals("(" + MON + ") ∩ (" + TUE + ") ∩ (" + WED + ")",
        MON.intersection(TUE).intersection(WED).toString());
  }

  @Test
  void complementAndVersions_nameTheirOperands() {
    assertEquals("not (" + MON + ")", MON.complement().toString());
    String versioned = MON.replacedFrom(LocalDate.of(2025, 1, 1), TUE).toString();
    assertEquals("(" + MON + ") until 2025-01-01, then (" + TUE + ")", versioned);
    assertTrue(MON.complement().union(TUE).toString().startsWith("(not (" + MON + ")) ∪ ("),
        MON.complement().union(TUE).toString());
  }
}
