package dev.servicelevel.evaluation.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A ticket's field state is a map kept in arrays up to {@link FieldState#MAX_LINEAR} keys and in a
 * {@link LinkedHashMap} beyond: found unpinned by mutation testing, each operation is checked
 * against a {@code LinkedHashMap} in both forms, across the switch and after {@code clear}.
 */
class FieldStateMutationTest {

  @Test
  void everyOperation_agreesWithALinkedHashMap_beforeAndAfterTheSwitch() {
    SplittableRandom random = new SplittableRandom(18);
    for (int round = 0; round < 12; round++) {
      FieldState state = new FieldState();
      Map<String, String> model = new LinkedHashMap<>();
      int keys = 1 + random.nextInt(2 * FieldState.MAX_LINEAR + 8);
      for (int step = 0; step < 400; step++) {
        String key = "f" + random.nextInt(keys);
        String value = "v" + random.nextInt(5);
        switch (random.nextInt(6)) {
          case 0:
          case 1:
            assertEquals(model.put(key, value), state.put(key, value), "put " + key);
            break;
          case 2:
            assertEquals(model.remove(key), state.remove(key), "remove " + key);
            break;
          case 3:
            assertEquals(model.containsKey(key), state.containsKey(key), "containsKey " + key);
            assertEquals(model.get(key), state.get(key), "get " + key);
            break;
          case 4:
            if (random.nextInt(20) == 0) {
              model.clear();
              state.clear();
            }
            break;
          default:
            assertEquals(model.size(), state.size(), "size");
            assertEquals(new ArrayList<>(model.entrySet()), new ArrayList<>(state.entrySet()));
        }
      }
      assertEquals(model, state);
      assertEquals(model.size(), state.size());
    }
  }

  @Test
  void aStateBeyondTheLinearLimit_answersAsAMap_andClearsBackToArrays() {
    FieldState state = new FieldState();
    for (int i = 0; i <= FieldState.MAX_LINEAR; i++) {
      assertNull(state.put("k" + i, "a" + i));
    }
    assertEquals(FieldState.MAX_LINEAR + 1, state.size());
    assertTrue(state.containsKey("k" + FieldState.MAX_LINEAR));
    assertEquals("a3", state.put("k3", "b3"));
    assertEquals("b3", state.remove("k3"));
    assertFalse(state.containsKey("k3"));
    List<String> keys = new ArrayList<>(state.keySet());
    assertEquals("k0", keys.get(0));
    assertEquals("k" + FieldState.MAX_LINEAR, keys.get(keys.size() - 1));
    state.clear();
    assertEquals(0, state.size());
    assertTrue(state.entrySet().isEmpty());
    assertNull(state.put("x", "1"));
    assertEquals("1", state.put("x", "2"));
    assertEquals(Map.of("x", "2"), state);
  }

  @Test
  void putReturnsThePreviousValue_andRemoveTheRemovedOne_inArrays() {
    FieldState state = new FieldState();
    assertNull(state.put("a", "1"));
    assertEquals("1", state.put("a", "2"));
    assertNull(state.remove("b"));
    assertFalse(state.containsKey("b"));
    assertTrue(state.containsKey("a"));
    assertEquals("2", state.remove("a"));
    assertEquals(0, state.size());
    assertTrue(state.entrySet().isEmpty());
  }

  @Test
  void theEntriesOfArrays_haveTheirSize_andEndWithNoSuchElement() {
    FieldState state = new FieldState();
    state.put("a", "1");
    state.put("b", "2");
    assertEquals(2, state.entrySet().size());
    java.util.Iterator<Map.Entry<String, String>> it = state.entrySet().iterator();
    assertEquals(Map.entry("a", "1"), it.next());
    assertEquals(Map.entry("b", "2"), it.next());
    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }
}
