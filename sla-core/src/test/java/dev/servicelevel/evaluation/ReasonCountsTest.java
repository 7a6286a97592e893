package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Counting by reason, with its shortcut for the reasons counted last, against a plain map. */
class ReasonCountsTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 200);
  private static final String[] REASONS = {"met", "breached", "pending", "cancelled", "no goal applies", "counted"};

  @Test
  void counts_equalAPlainMap_whateverTheOrder_andEqualTextsCountTogether() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, 2 * REASONS.length - 1)).ofSizeBetween(0, 80))
        .checkAssert(
            picks -> {
              ReasonCounts counts = new ReasonCounts();
              Map<String, Long> expected = new TreeMap<>();
              for (int pick : picks) {
                String reason = REASONS[pick % REASONS.length];
                long n = 1 + pick / REASONS.length;
                // half the picks pass an equal text that is not the same instance
                counts.add(pick < REASONS.length ? reason : new String(reason), n);
                expected.merge(reason, n, Long::sum);
              }
              assertEquals(expected, counts.toMap());
              for (String reason : REASONS) {
                assertEquals(expected.getOrDefault(reason, 0L), counts.get(reason), reason);
              }
            });
  }

  @Test
  void copy_andAddAll_countOnIndependently() {
    ReasonCounts a = new ReasonCounts();
    a.add("met");
    a.add("met");
    ReasonCounts b = a.copy();
    b.add("met");
    a.add("breached", 3);
    a.addAll(b);
    a.add("met");
    assertEquals(Map.of("breached", 3L, "met", 6L), a.toMap());
    assertEquals(Map.of("met", 3L), b.toMap());
  }
}
