package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The binary form's bounds, found unpinned by mutation testing: a decimal's scale of exactly
 * 1000 and 64 bytes, a nanosecond of exactly 999,999,999, and nesting of lists and maps up to
 * the limit are read (the tree then lacks its parts), one more is refused.
 */
class StateCodecMutationTest {

  private static final String READ =
      "Accumulator state lacks the part /agreement, which is required";

  /** The root map {"a": value}, after the header. */
  private static String read(int... value) {
    List<Integer> all = new ArrayList<>(List.of((int) 'S', (int) 'L', (int) 'A', (int) 'S', 1,
        7, 1, 0, 1, (int) 'a'));
    for (int v : value) {
      all.add(v);
    }
    byte[] bytes = new byte[all.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (int) all.get(i);
    }
    return assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromBytes(bytes))
        .getMessage();
  }

  @Test
  void decimal_scaleUpTo1000() {
    // zigzag(1000) = 2000 = 0xD0 0x0F; zigzag(-1000) = 1999 = 0xCF 0x0F
    assertEquals(READ, read(4, 0xD0, 0x0F, 1, 1));
    assertEquals(READ, read(4, 0xCF, 0x0F, 1, 1));
    assertEquals("Accumulator state has a decimal with scale 1001 at byte 10; the scale must be"
        + " within -1000 and 1000", read(4, 0xD2, 0x0F, 1, 1));
    assertEquals("Accumulator state has a decimal with scale -1001 at byte 10; the scale must be"
        + " within -1000 and 1000", read(4, 0xD1, 0x0F, 1, 1));
  }

  @Test
  void decimal_ofUpTo64Bytes() {
    int[] sixtyFour = new int[3 + 64];
    sixtyFour[0] = 4;
    sixtyFour[1] = 0;
    sixtyFour[2] = 64;
    sixtyFour[3] = 1;
    assertEquals(READ, read(sixtyFour));
    int[] sixtyFive = new int[3 + 65];
    sixtyFive[0] = 4;
    sixtyFive[1] = 0;
    sixtyFive[2] = 65;
    sixtyFive[3] = 1;
    assertEquals("Accumulator state has a decimal of 65 bytes at byte 10; it must have 1 to 64",
        read(sixtyFive));
  }

  @Test
  void instant_nanosecondsUpTo999999999() {
    // 999,999,999 = 0xFF 0x93 0xEB 0xDC 0x03
    assertEquals(READ, read(5, 0, 0xFF, 0x93, 0xEB, 0xDC, 0x03));
  }

  private static int[] nested(int tag, int levels) {
    List<Integer> v = new ArrayList<>();
    for (int i = 0; i < levels; i++) {
      v.add(tag);
      v.add(1);
      if (tag == 7) {
        v.add(0);
        v.add(1);
        v.add((int) 'b');
      }
    }
    v.add(0);
    return v.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void nesting_ofListsAndMapsUpToTheLimit() {
    int deepest = 0;
    while (read(nested(6, deepest + 1)).equals(READ)) {
      deepest++;
    }
    assertEquals(15, deepest);
    assertEquals(
        "Accumulator state nests deeper than 16 levels at byte " + (10 + 2 * 15),
        read(nested(6, 16)));
    assertEquals(READ, read(nested(7, 15)));
    assertEquals(
        "Accumulator state nests deeper than 16 levels at byte " + (10 + 5 * 15),
        read(nested(7, 16)));
  }

  @Test
  void varint_ofTheFullTenBytesIsRead() {
    // zigzag(Long.MIN_VALUE) = 2^64 - 1: nine bytes 0xFF and a last 0x01
    assertEquals(READ, read(2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
  }

  @Test
  void negativeScalesRoundTrip() {
    Map<String, Object> tree =
        new java.util.LinkedHashMap<>(
            AccumulatorStateTest.filled(AccumulatorStateTest.MID_JUNE, 0, 1).state().tree());
    AccumulatorState state = AccumulatorState.fromTree(tree);
    AccumulatorState back = AccumulatorState.fromBytes(state.toBytes());
    assertEquals(state, back);
    java.math.BigDecimal thousand = new java.math.BigDecimal("1E+3");
    List<Object> targets = new ArrayList<>((List<?>) tree.get("targets"));
    Map<String, Object> up = new java.util.LinkedHashMap<>(mapOf(targets.get(0)));
    List<Object> records = new ArrayList<>((List<?>) up.get("countedRecords"));
    Map<String, Object> record = new java.util.LinkedHashMap<>(mapOf(records.get(0)));
    record.put("amount", thousand);
    records.set(0, record);
    up.put("countedRecords", records);
    targets.set(0, up);
    tree.put("targets", targets);
    AccumulatorState negative = AccumulatorState.fromTree(tree);
    Object amount =
        mapOf(((List<?>) mapOf(((List<?>) AccumulatorState.fromBytes(negative.toBytes()).tree()
            .get("targets")).get(0)).get("countedRecords")).get(0)).get("amount");
    assertEquals(thousand, amount);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapOf(Object o) {
    return (Map<String, Object>) o;
  }
}
