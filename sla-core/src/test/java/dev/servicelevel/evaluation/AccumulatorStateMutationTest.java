package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.AccumulatorStateTest.mutable;
import static dev.servicelevel.evaluation.AccumulatorStateTest.target;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Restoring accumulator states whose parts contradict each other, found unpinned by mutation
 * testing: each rule of the downtime steps, of a percentile's distribution, of a sample
 * target's largest value and of time slices, with its pointer and message.
 */
class AccumulatorStateMutationTest {

  private static final String PART = "Accumulator state part ";

  private static Map<String, Object> tree() {
    return mutable(
        AccumulatorStateTest.filled(AccumulatorStateTest.MID_JUNE, 0, 1).state().tree());
  }

  private static void assertRejected(String pointer, String message, Map<String, Object> tree) {
    AccumulatorState state = AccumulatorState.fromTree(tree);
    AccumulatorStateException e =
        assertThrows(
            AccumulatorStateException.class,
            () ->
                PeriodAccumulator.restore(
                    AccumulatorStateTest.SLA, AccumulatorStateTest.JUNE_1,
                    AccumulatorStateTest.MID_JUNE, AccumulatorStateTest.OPTIONS,
                    AccumulatorState.fromBytes(state.toBytes())));
    assertEquals(PART + pointer + " " + message, e.getMessage());
    assertEquals(pointer, e.pointer());
  }

  private static void assertRestores(Map<String, Object> tree) {
    PeriodAccumulator.restore(
        AccumulatorStateTest.SLA, AccumulatorStateTest.JUNE_1, AccumulatorStateTest.MID_JUNE,
        AccumulatorStateTest.OPTIONS, AccumulatorState.fromTree(tree));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> entry(Map<String, Object> part, String key, int i) {
    return (Map<String, Object>) ((List<Object>) part.get(key)).get(i);
  }

  @SuppressWarnings("unchecked")
  private static int size(Map<String, Object> part, String key) {
    return ((List<Object>) part.get(key)).size();
  }

  // ---- downtime steps -------------------------------------------------------------------------

  @Test
  void downtime_stepsMustRiseInTime() {
    Map<String, Object> tree = tree();
    Map<String, Object> up = target(tree, 0);
    Object first = entry(up, "downtime", 0).get("at");
    entry(up, "downtime", 1).put("at", first);
    assertRejected("/targets/0/downtime/1/at",
        "must be after the step before, " + first + ": " + first, tree);
  }

  @Test
  void downtime_impactsMustBeAtLeastZero() {
    Map<String, Object> tree = tree();
    entry(target(tree, 0), "downtime", 0).put("impact", dec("-1"));
    assertRejected("/targets/0/downtime/0/impact",
        "must be at least 0 and within the decimal bounds: -1", tree);
  }

  @Test
  void downtime_stepsMustChangeTheImpactStartAboveZeroAndEndAtZero() {
    String rule =
        "must differ from the step before (0 before the first) and be 0 in the last step: ";
    Map<String, Object> tree = tree();
    Map<String, Object> up = target(tree, 0);
    Object impact = entry(up, "downtime", 0).get("impact");
    entry(up, "downtime", 0).put("impact", dec("0"));
    assertRejected("/targets/0/downtime/0/impact", rule + "0", tree);
    entry(up, "downtime", 0).put("impact", impact);
    entry(up, "downtime", 1).put("impact", impact);
    assertRejected("/targets/0/downtime/1/impact", rule + impact, tree);
    entry(up, "downtime", 1).put("impact", dec("0"));
    int last = size(up, "downtime") - 1;
    entry(up, "downtime", last).put("impact", dec("2"));
    assertRejected("/targets/0/downtime/" + last + "/impact", rule + "2", tree);
    entry(up, "downtime", last).put("impact", dec("0"));
    assertRestores(tree);
  }

  // ---- a percentile's distribution ------------------------------------------------------------

  @Test
  void distribution_scaleAtMost18() {
    Map<String, Object> tree = tree();
    target(tree, 2).put("scale", 19L);
    assertRejected("/targets/2/scale", "must be at most 18: 19", tree);
    target(tree, 2).put("scale", 18L);
    assertRestores(tree);
  }

  @Test
  void distribution_valuesExactAtTheScale() {
    Map<String, Object> tree = tree();
    entry(target(tree, 2), "distribution", 0).put("value", dec("1.291"));
    assertRejected("/targets/2/distribution/0/value",
        "must be within the decimal bounds and exact at scale 2: 1.291", tree);
    entry(target(tree, 2), "distribution", 0).put("value", dec("1.290"));
    assertRestores(tree);
  }

  @Test
  void distribution_valuesStrictlyAscending() {
    Map<String, Object> tree = tree();
    entry(target(tree, 2), "distribution", 1).put("value", dec("1.29"));
    assertRejected("/targets/2/distribution/1/value",
        "must be above the value before, 1.29: 1.29", tree);
  }

  @Test
  void distribution_countsAtLeastOneAndAddingUpToTheSamples() {
    String rule = "must be at least 1 and the counts must add up to 13: ";
    Map<String, Object> tree = tree();
    Map<String, Object> first = entry(target(tree, 2), "distribution", 0);
    first.put("count", 0L);
    assertRejected("/targets/2/distribution/0/count", rule + "0", tree);
    first.put("count", 2L);
    assertRejected("/targets/2/distribution/12/count", rule + "1", tree);
    // 13 samples in 12 values: the last counted twice is just enough
    first.put("count", 1L);
    entry(target(tree, 2), "distribution", 12).put("count", 2L);
    assertRejected("/targets/2/distribution/12/count", rule + "2", tree);
    entry(target(tree, 2), "distribution", 12).put("count", 1L);
    assertRestores(tree);
  }

  // ---- a sample target's largest value ------------------------------------------------------

  @Test
  void samples_largestValueGivenExactlyWhenThereAreSamples() {
    Map<String, Object> tree = tree();
    target(tree, 3).remove("max");
    assertRejected("/targets/3/max",
        "must be given exactly when there are samples, 40: null", tree);
  }

  @Test
  void samples_meetingAtMostTheSamples() {
    Map<String, Object> tree = tree();
    target(tree, 3).put("meeting", 41L);
    assertRejected("/targets/3/meeting", "must be at most the 40 samples: 41", tree);
    target(tree, 3).put("meeting", 40L);
    assertRestores(tree);
  }

  @Test
  void samples_distributionOnlyForAPercentile() {
    Map<String, Object> tree = tree();
    target(tree, 3).put("scale", 0L);
    target(tree, 3).put("distribution", List.of());
    assertRejected("/targets/3/distribution",
        "must be given exactly for a percentile target: MEAN", tree);
  }

  // ---- time slices ----------------------------------------------------------------------------

  @Test
  void slices_indicesAscendingAndBeforeTheCutoff() {
    String rule = "and at most 371, the last slice before the cutoff: ";
    Map<String, Object> tree = tree();
    Map<String, Object> slices = target(tree, 7);
    entry(slices, "slices", 1).put("index", 24L);
    assertRejected("/targets/7/slices/1/index", "must be above the index before (24) " + rule
        + "24", tree);
    entry(slices, "slices", 1).put("index", 30L);
    int last = size(slices, "slices") - 1;
    entry(slices, "slices", last).put("index", 372L);
    assertRejected("/targets/7/slices/" + last + "/index",
        "must be above the index before (" + entry(slices, "slices", last - 1).get("index")
            + ") " + rule + "372", tree);
    entry(slices, "slices", last).put("index", 371L);
    assertRestores(tree);
  }

  @Test
  void slices_countedAtMostTheTotal() {
    Map<String, Object> tree = tree();
    Map<String, Object> slice = entry(target(tree, 7), "slices", 0);
    slice.put("counted", 1001L);
    assertRejected("/targets/7/slices/0/counted", "must be at most the 1000 total: 1001", tree);
    slice.put("counted", 1000L);
    assertRestores(tree);
  }

  // ---- the tree's types -----------------------------------------------------------------------

  private static void assertTreeRejected(
      String pointer, String message, Map<String, Object> tree) {
    AccumulatorStateException e =
        assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromTree(tree));
    assertEquals(PART + pointer + " " + message, e.getMessage());
    assertEquals(pointer, e.pointer());
  }

  @Test
  void tree_eachPartMustHaveItsType() {
    Map<String, Object> tree = tree();
    Map<String, Object> up = target(tree, 0);
    Object reasons = up.get("reasons");
    up.put("reasons", List.of());
    assertTreeRejected("/targets/0/reasons", "must be a map: a list", tree);
    Map<Object, Object> numbered = new LinkedHashMap<>();
    numbered.put(7, 1L);
    up.put("reasons", numbered);
    assertTreeRejected("/targets/0/reasons", "must be a map with string keys: 7", tree);
    up.put("reasons", reasons);
    Object downtime = up.get("downtime");
    up.put("downtime", "none");
    assertTreeRejected("/targets/0/downtime", "must be a list: none", tree);
    up.put("downtime", downtime);
    Map<String, Object> record = entry(up, "countedRecords", 0);
    record.put("counted", "yes");
    assertTreeRejected("/targets/0/countedRecords/0/counted", "must be true or false: yes", tree);
    record.put("counted", true);
    Object figures = record.get("figures");
    record.put("figures", List.of(1));
    assertTreeRejected("/targets/0/countedRecords/0/figures", "must be a map: a list", tree);
    record.put("figures", figures);
    entry(up, "downtime", 0).put("impact", Map.of());
    assertTreeRejected("/targets/0/downtime/0/impact",
        "must be a decimal in text form such as \"99.95\": a map", tree);
    entry(up, "downtime", 0).put("impact", "0.5");
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) tree.get("targets");
    Object first = targets.get(0);
    targets.set(0, "up");
    assertTreeRejected("/targets/0", "must be a map: up", tree);
    targets.set(0, first);
    AccumulatorState.fromTree(tree);
  }

  @Test
  void tree_countsOfEveryIntegerTypeUpTo63Bits() {
    Map<String, Object> tree = tree();
    Map<String, Object> up = target(tree, 0);
    up.put("outagesCounted", 5);
    up.put("outagesNotCounted", (short) 11);
    up.put("unevaluableCount", (byte) 1);
    AccumulatorState.fromTree(tree);
    up.put("outagesCounted", java.math.BigInteger.valueOf(Long.MAX_VALUE));
    assertEquals(Long.MAX_VALUE,
        target(AccumulatorState.fromTree(tree).tree(), 0).get("outagesCounted"));
    up.put("outagesCounted", java.math.BigInteger.ONE.shiftLeft(63));
    assertTreeRejected("/targets/0/outagesCounted",
        "must be a whole number from 0 to 9223372036854775807: 9223372036854775808", tree);
    up.put("outagesCounted", "5");
    assertTreeRejected("/targets/0/outagesCounted",
        "must be a whole number from 0 to 9223372036854775807: 5", tree);
  }

  @Test
  void tree_decimalsWithinFortyDigitsEitherSideOfThePoint() {
    String rule = "must be a decimal with at most 40 digits after the point and an unscaled"
        + " value of at most 256 bits, scale at least -40, once trailing zeros are dropped: ";
    Map<String, Object> tree = tree();
    Map<String, Object> record = entry(target(tree, 0), "countedRecords", 0);
    record.put("amount", new java.math.BigDecimal("1E+40"));
    AccumulatorState.fromTree(tree);
    record.put("amount", new java.math.BigDecimal("1E+41"));
    assertTreeRejected("/targets/0/countedRecords/0/amount", rule + "1E+41", tree);
    record.put("amount", "0." + "0".repeat(39) + "1");
    AccumulatorState.fromTree(tree);
    record.put("amount", "0." + "0".repeat(40) + "1");
    assertTreeRejected("/targets/0/countedRecords/0/amount",
        rule + "0." + "0".repeat(40) + "1", tree);
    // written with more digits after the point but trailing zeros: kept in its shortest form
    record.put("amount", "2." + "0".repeat(60));
    assertEquals(new java.math.BigDecimal("2"),
        entry(target(AccumulatorState.fromTree(tree).tree(), 0), "countedRecords", 0)
            .get("amount"));
    record.put("amount", new java.math.BigDecimal("0E-100"));
    assertEquals(java.math.BigDecimal.ZERO,
        entry(target(AccumulatorState.fromTree(tree).tree(), 0), "countedRecords", 0)
            .get("amount"));
    record.put("amount", java.math.BigInteger.ONE.shiftLeft(256).subtract(
        java.math.BigInteger.ONE).toString());
    AccumulatorState.fromTree(tree);
    String big = java.math.BigInteger.ONE.shiftLeft(256).toString();
    record.put("amount", big);
    assertTreeRejected("/targets/0/countedRecords/0/amount", rule + big, tree);
  }

  @Test
  void tree_instantsWithinTheSupportedRangeInAnyOffset() {
    Map<String, Object> tree = tree();
    Map<String, Object> step = entry(target(tree, 0), "downtime", 0);
    Object at = step.get("at");
    step.put("at", "2025-06-02T11:00:00+02:00");
    assertEquals(at, entry(target(AccumulatorState.fromTree(tree).tree(), 0), "downtime", 0)
        .get("at"));
    step.put("at", dev.servicelevel.agreement.Limits.EARLIEST);
    AccumulatorState.fromTree(tree);
    step.put("at", dev.servicelevel.agreement.Limits.EARLIEST.minusNanos(1));
    assertTreeRejected("/targets/0/downtime/0/at",
        "must be an instant within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z:"
            + " 1899-12-31T23:59:59.999999999Z", tree);
    step.put("at", 5L);
    assertTreeRejected("/targets/0/downtime/0/at",
        "must be an RFC 3339 instant such as 2025-03-01T00:00:00Z: 5", tree);
  }

  // ---- records kept ---------------------------------------------------------------------------

  @Test
  @SuppressWarnings("unchecked")
  void unevaluableRecords_atMostTheOptionsKeepAndAtMostTheCount() {
    // "up" keeps U-1; the options keep 100
    Map<String, Object> tree = tree();
    Map<String, Object> up = target(tree, 0);
    List<Object> records = (List<Object>) up.get("unevaluableRecords");
    Object u1 = records.get(0);
    while (records.size() < 100) {
      records.add(u1);
    }
    up.put("unevaluableCount", 100L);
    assertRestores(tree);
    up.put("unevaluableCount", 99L);
    assertRejected("/targets/0/unevaluableCount", "must be at least the 100 records kept: 99",
        tree);
    records.add(u1);
    up.put("unevaluableCount", 101L);
    assertRejected("/targets/0/unevaluableRecords",
        "keeps at most 100 records by the options: 101", tree);
  }

  @Test
  void samples_scaleWithoutDistributionIsIncomplete() {
    Map<String, Object> tree = tree();
    target(tree, 2).remove("distribution");
    AccumulatorStateException e =
        assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromTree(tree));
    assertEquals("Accumulator state lacks the part /targets/2/distribution, which is required",
        e.getMessage());
  }

  @Test
  void samples_largestValueWithinTheDecimalBounds() {
    Map<String, Object> tree = tree();
    target(tree, 3).put("max", new java.math.BigDecimal("1E+19"));
    assertRejected("/targets/3/max", "must be within the decimal bounds: 1E+19", tree);
  }

  @Test
  void tree_decimalTextsOfAtMostAHundredCharacters() {
    Map<String, Object> tree = tree();
    Map<String, Object> record = entry(target(tree, 0), "countedRecords", 0);
    String hundred = "0".repeat(99) + "1";
    record.put("amount", hundred);
    AccumulatorState.fromTree(tree);
    record.put("amount", "0" + hundred);
    assertTreeRejected("/targets/0/countedRecords/0/amount",
        "must be a decimal in text form such as \"99.95\": 0" + hundred, tree);
  }

  // ---- digest and hash -----------------------------------------------------------------------

  @Test
  void digest_isTheFirst16BytesOfSha256OfTheTextFormsInHex() throws Exception {
    dev.servicelevel.agreement.Agreement sla = AccumulatorStateTest.SLA;
    StringBuilder text = new StringBuilder();
    text.append(sla.id()).append('\n').append(sla.validity()).append('\n')
        .append(sla.zone()).append('\n');
    sla.targets().forEach(t -> text.append(t).append('\n'));
    sla.windows().forEach(w -> text.append(w).append('\n'));
    text.append(sla.creditPolicy().map(Object::toString).orElse("-")).append('\n');
    text.append(sla.outageCauses()).append('\n');
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String expected = java.util.HexFormat.of().formatHex(hash, 0, 16);
    assertEquals(expected, AccumulatorState.digest(sla));
    assertEquals(expected, tree().get("digest"));
  }

  @Test
  void hashCode_isTheTreesHashCode() {
    AccumulatorState state =
        AccumulatorStateTest.filled(AccumulatorStateTest.MID_JUNE, 0, 1).state();
    assertEquals(state.tree().hashCode(), state.hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(0, state.hashCode());
  }
}
