package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.AccumulatorStateTest.mutable;
import static dev.servicelevel.evaluation.AccumulatorStateTest.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The state's forms, found unpinned by mutation testing: the magic bytes checked one by one,
 * strings written once, a part of the wrong type, a distribution given by half, and a target's
 * part of the right id but another kind.
 */
class StateFormMutationTest {

  private static String fromBytes(byte[] bytes) {
    return assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromBytes(bytes))
        .getMessage();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void read_checksEachMagicByte() {
    String magic = "Accumulator state must start with the magic bytes 53 4c 41 53 (SLAS): ";
    assertEquals(magic + "53 4c", fromBytes(ascii("SL")));
    assertEquals(magic + "58 4c 41 53", fromBytes(ascii("XLAS\u0001\u0007\u0000")));
    assertEquals(magic + "53 58 41 53", fromBytes(ascii("SXAS\u0001\u0007\u0000")));
    assertEquals(magic + "53 4c 58 53", fromBytes(ascii("SLXS\u0001\u0007\u0000")));
    assertEquals(magic + "53 4c 41 58", fromBytes(ascii("SLAX\u0001\u0007\u0000")));
    assertEquals("Accumulator state is truncated: it ends at byte 4 in the middle of a value",
        fromBytes(ascii("SLAS")));
  }

  @Test
  void write_eachStringOnce() {
    byte[] bytes = AccumulatorStateTest.filled(AccumulatorStateTest.MID_JUNE, 0, 1).state()
        .toBytes();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int n = 0;
    for (int at = text.indexOf("impact"); at >= 0; at = text.indexOf("impact", at + 1)) {
      n++;
    }
    assertEquals(1, n);
  }

  // ---- the tree ---------------------------------------------------------------------------------

  private static Map<String, Object> tree() {
    return mutable(
        AccumulatorStateTest.filled(AccumulatorStateTest.MID_JUNE, 0, 1).state().tree());
  }

  private static AccumulatorStateException fromTree(Map<String, Object> tree) {
    return assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromTree(tree));
  }

  @Test
  void text_ofAnotherType_isRejected() {
    Map<String, Object> tree = tree();
    tree.put("agreement", 5L);
    AccumulatorStateException e = fromTree(tree);
    assertEquals("/agreement", e.pointer());
    assertEquals("Accumulator state part /agreement must be a string: 5", e.getMessage());
  }

  @Test
  void distribution_scaleAndValuesGivenTogether() {
    Map<String, Object> tree = tree();
    target(tree, 2).remove("distribution");
    AccumulatorStateException e = fromTree(tree);
    assertEquals("/targets/2/distribution", e.pointer());
    assertEquals("Accumulator state lacks the part /targets/2/distribution, which is required",
        e.getMessage());
    tree = tree();
    target(tree, 2).remove("scale");
    e = fromTree(tree);
    assertEquals("/targets/2/scale", e.pointer());
    assertEquals("Accumulator state lacks the part /targets/2/scale, which is required",
        e.getMessage());
  }

  @Test
  void restore_aPartOfTheRightTargetButAnotherKind_isRejected() {
    Map<String, Object> tree = tree();
    Map<String, Object> ratio = target(tree, 6);
    assertEquals("ratio", ratio.get("kind"));
    assertEquals("mean", target(tree, 3).get("target"));
    ratio.put("target", "mean");
    @SuppressWarnings("unchecked")
    List<Object> targets = (List<Object>) tree.get("targets");
    targets.set(3, ratio);
    AccumulatorState state = AccumulatorState.fromTree(tree);
    AccumulatorStateException e =
        assertThrows(AccumulatorStateException.class,
            () -> PeriodAccumulator.restore(
                AccumulatorStateTest.SLA, AccumulatorStateTest.JUNE_1,
                AccumulatorStateTest.MID_JUNE, AccumulatorStateTest.OPTIONS, state));
    assertEquals("/targets/3", e.pointer());
    assertEquals("Accumulator state part /targets/3 must be target mean of kind samples: mean of"
        + " kind ratio", e.getMessage());
  }
}
