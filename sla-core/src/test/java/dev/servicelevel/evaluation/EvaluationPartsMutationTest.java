package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.evaluation.UnevaluableRecord.Kind;
import dev.servicelevel.evaluation.UnevaluableRecord.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small parts of an evaluation, found unpinned by mutation testing: the bounds of the options,
 * a reason count never given, the sum of two event counts, the order of unevaluable records
 * at each tie and how many are kept, and the text of an explanation.
 */
class EvaluationPartsMutationTest {

  // ---- EvaluationOptions ------------------------------------------------------------------------

  @Test
  void options_recordsFrom0To10000() {
    assertEquals(0, EvaluationOptions.builder().worstRecords(0).build().worstRecords());
    assertEquals(10_000,
        EvaluationOptions.builder().worstRecords(10_000).build().worstRecords());
    assertEquals(0,
        EvaluationOptions.builder().unevaluableRecords(0).build().unevaluableRecords());
    assertEquals(10_000,
        EvaluationOptions.builder().unevaluableRecords(10_000).build().unevaluableRecords());
    assertEquals("Worst records must be within 0 and 10000: 10001",
        assertThrows(IllegalArgumentException.class,
            () -> EvaluationOptions.builder().worstRecords(10_001).build()).getMessage());
    assertEquals("Worst records must be within 0 and 10000: -1",
        assertThrows(IllegalArgumentException.class,
            () -> EvaluationOptions.builder().worstRecords(-1).build()).getMessage());
    assertEquals("Unevaluable records must be within 0 and 10000: 10001",
        assertThrows(IllegalArgumentException.class,
            () -> EvaluationOptions.builder().unevaluableRecords(10_001).build()).getMessage());
    assertEquals("Unevaluable records must be within 0 and 10000: -1",
        assertThrows(IllegalArgumentException.class,
            () -> EvaluationOptions.builder().unevaluableRecords(-1).build()).getMessage());
  }

  // ---- ReasonCounts, Tally --------------------------------------------------------------------

  @Test
  void reasonCounts_getIs0ForAReasonNeverCounted() {
    ReasonCounts counts = new ReasonCounts();
    assertEquals(0, counts.get("late"));
    counts.add("late", 3);
    counts.add("late");
    assertEquals(4, counts.get("late"));
    assertEquals(0, counts.get("early"));
  }

  @Test
  void addEvents_acceptsEverySumWithinLong() {
    assertEquals(0, Tally.addEvents(-1, 1, "Counted"));
    assertEquals(Long.MAX_VALUE, Tally.addEvents(Long.MAX_VALUE, 0, "Counted"));
    assertEquals(Long.MAX_VALUE - 1, Tally.addEvents(Long.MAX_VALUE, -1, "Counted"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Tally.addEvents(Long.MAX_VALUE, 1, "Counted"));
    assertTrue(e.getMessage().startsWith(
        "Counted events must stay at most " + Long.MAX_VALUE), e.getMessage());
  }

  // ---- UnevaluableRecord(s) -------------------------------------------------------------------

  private static UnevaluableRecord rec(
      String target, String id, Kind kind, Reason reason, String text) {
    return UnevaluableRecord.of(kind, id, target, reason, text);
  }

  private static List<String> sortedTexts(UnevaluableRecord a, UnevaluableRecord b) {
    List<UnevaluableRecord> list = new ArrayList<>(List.of(b, a));
    list.sort(null);
    return list.stream().map(UnevaluableRecord::text).toList();
  }

  @Test
  void compareTo_eachTieFallsToTheNextField() {
    // the fields after the deciding one rank the other way, so skipping it reverses the order
    assertEquals(List.of("2", "1"), sortedTexts(
        rec("A", "t", Kind.TICKET, Reason.NO_DEADLINE, "2"),
        rec("B", "s", Kind.OUTAGE, Reason.INVALID, "1")));
    assertEquals(List.of("2", "1"), sortedTexts(
        rec("A", "s", Kind.OUTAGE, Reason.INVALID, "2"),
        rec("A", "t", Kind.TICKET, Reason.NO_DEADLINE, "1")));
    assertEquals(List.of("2", "1"), sortedTexts(
        rec("A", "s", Kind.TICKET, Reason.INVALID, "2"),
        rec("A", "s", Kind.OUTAGE, Reason.NO_DEADLINE, "1")));
    assertEquals(List.of("2", "1"), sortedTexts(
        rec("A", "s", Kind.TICKET, Reason.OUTSIDE_SUPPORTED_RANGE, "2"),
        rec("A", "s", Kind.TICKET, Reason.INVALID, "1")));
    assertEquals(List.of("1", "2"), sortedTexts(
        rec("A", "s", Kind.TICKET, Reason.INVALID, "1"),
        rec("A", "s", Kind.TICKET, Reason.INVALID, "2")));
  }

  private static List<String> ids(UnevaluableRecords records) {
    return records.toList().stream().map(UnevaluableRecord::id).toList();
  }

  @Test
  void unevaluableRecords_keepAtMostTheLimit_evenOneOrNone() {
    UnevaluableRecords none = new UnevaluableRecords(0);
    none.add(rec("A", "x", Kind.TICKET, Reason.INVALID, "t"));
    assertEquals(1, none.count());
    assertEquals(List.of(), ids(none));
    UnevaluableRecords one = new UnevaluableRecords(1);
    one.add(rec("A", "y", Kind.TICKET, Reason.INVALID, "t"));
    one.add(rec("A", "x", Kind.TICKET, Reason.INVALID, "t"));
    one.add(rec("A", "z", Kind.TICKET, Reason.INVALID, "t"));
    assertEquals(3, one.count());
    assertEquals(List.of("x"), ids(one));
  }

  // ---- Explanation ----------------------------------------------------------------------------

  @Test
  void explanation_toStringListsCountedThenNotCounted() {
    Explanation e = Explanation.of(
        List.of(ExplainedRecord.of("o1", true, ReasonCode.OUTAGE_COUNTED, "down", dec("5"))),
        List.of(ExplainedRecord.of("o2", false, ReasonCode.OUTAGE_COUNTED, "planned", dec("3"))),
        Map.of("down", 1L));
    assertEquals("{down=1}\n  counted o1: down\n  not counted o2: planned", e.toString());
  }
}
