package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worst records kept, found unpinned by mutation testing: a record tied with the least bad
 * one kept is admitted (its id may rank it first), in either direction; nothing is kept at a
 * limit of 0; a page past the records kept is empty.
 */
class WorstRecordsMutationTest {

  private static ExplainedRecord record(String id, String amount) {
    return ExplainedRecord.of(id, true, ReasonCode.OUTAGE_COUNTED, "r", dec(amount));
  }

  private static List<String> ids(WorstRecords w) {
    return w.toList().stream().map(ExplainedRecord::id).toList();
  }

  @Test
  void admits_aTieWithTheLeastBadKept_largestFirst() {
    WorstRecords w = new WorstRecords(1, 0, true);
    assertTrue(w.admits(dec("1")));
    w.add(record("B", "5"));
    assertTrue(w.admits(dec("5")));
    assertTrue(w.admits(dec("6")));
    assertFalse(w.admits(dec("4")));
    w.add(record("A", "5"));
    assertEquals(List.of("A"), ids(w));
    w.add(record("C", "5"));
    assertEquals(List.of("A"), ids(w));
  }

  @Test
  void admits_aTieWithTheLeastBadKept_smallestFirst() {
    WorstRecords w = new WorstRecords(1, 0, false);
    w.add(record("B", "5"));
    assertTrue(w.admits(dec("5")));
    assertTrue(w.admits(dec("4")));
    assertFalse(w.admits(dec("6")));
    w.add(record("A", "5"));
    assertEquals(List.of("A"), ids(w));
    w.add(record("Z", "4"));
    assertEquals(List.of("Z"), ids(w));
  }

  @Test
  void limitZero_keepsNothing() {
    WorstRecords w = new WorstRecords(0, 0, true);
    assertFalse(w.admits(dec("100")));
    w.add(record("A", "100"));
    assertEquals(List.of(), ids(w));
  }

  @Test
  void page_listsOnlyItsOwnRanks() {
    WorstRecords w = new WorstRecords(4, 2, true);
    w.add(record("A", "1"));
    assertEquals(List.of(), ids(w));
    for (String id : List.of("B", "C", "D", "E")) {
      w.add(record(id, Integer.toString(id.charAt(0) - 'A' + 1)));
    }
    // kept: E 5, D 4, C 3, B 2; the page is ranks 3 and 4
    assertEquals(List.of("C", "B"), ids(w));
    WorstRecords other = new WorstRecords(4, 2, true);
    other.add(record("F", "6"));
    w.addAll(other);
    assertEquals(List.of("D", "C"), ids(w));
  }

  @Test
  void add_recordsAlikeButForTheirFigures_rankByTheFigures() {
    for (boolean largestFirst : new boolean[] {true, false}) {
      WorstRecords w = new WorstRecords(1, 0, largestFirst);
      w.add(ExplainedRecord.of("A", true, ReasonCode.OUTAGE_COUNTED, "r", dec("5"), "x", 2L));
      w.add(ExplainedRecord.of("A", true, ReasonCode.OUTAGE_COUNTED, "r", dec("5"), "x", 1L));
      assertEquals("{x=1}", w.toList().get(0).figures().toString());
    }
  }

  @Test
  void exportState_listsAllKeptWorstFirst() {
    WorstRecords w = new WorstRecords(5, 3, true);
    for (String id : List.of("C", "A", "E", "B", "D")) {
      w.add(record(id, Integer.toString(id.charAt(0) - 'A' + 1)));
    }
    assertEquals(List.of("E", "D", "C", "B", "A"),
        w.exportState().stream().map(m -> ((java.util.Map<?, ?>) m).get("id")).toList());
  }

  @Test
  void add_aFullTieWithARestoredRecord_keepsTheRestoredOne() {
    // a state may write an amount with trailing zeros: 5.0 ranks with 5, and so do all other
    // fields, so the record kept stays
    for (boolean largestFirst : new boolean[] {true, false}) {
      WorstRecords w = new WorstRecords(1, 0, largestFirst);
      java.util.Map<String, Object> restored = new java.util.LinkedHashMap<>();
      restored.put("id", "A");
      restored.put("counted", true);
      restored.put("code", ReasonCode.OUTAGE_COUNTED.name());
      restored.put("reason", "r");
      restored.put("amount", dec("5.0"));
      restored.put("figures", java.util.Map.of());
      w.restoreState(List.of(restored), "/targets/0/countedRecords");
      w.add(record("A", "5"));
      assertEquals("5.0", w.toList().get(0).amount().toString());
    }
  }
}
