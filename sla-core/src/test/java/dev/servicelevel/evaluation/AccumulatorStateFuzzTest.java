package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Fuzzes {@link AccumulatorState#fromBytes(byte[])} (issue 14, item 6). Plain test runs replay
 * the inputs in {@code AccumulatorStateFuzzTestInputs/fromBytes} (real states of
 * {@link AccumulatorStateTest}'s agreement, running and complete); {@code JAZZER_FUZZ=1} searches
 * for new ones.
 *
 * <p>Laws: any bytes are read or rejected with an {@link AccumulatorStateException} whose
 * message starts with "Accumulator state", nothing else (no other exception, no stack overflow,
 * no out of memory); a state read writes back to bytes that read to an equal state, and its
 * tree builds an equal state. Restored against the agreement, date, instant and options the
 * state names, it is accepted or rejected with an {@link AccumulatorStateException}; once
 * accepted it reports without failing and its state reads back.
 */
class AccumulatorStateFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void fromBytes(byte[] bytes) {
    AccumulatorState state;
    try {
      state = AccumulatorState.fromBytes(bytes);
    } catch (AccumulatorStateException e) {
      assertTrue(e.getMessage().startsWith("Accumulator state "), e.getMessage());
      return;
    }
    byte[] again = state.toBytes();
    AccumulatorState read = AccumulatorState.fromBytes(again);
    assertEquals(state, read);
    assertArrayEquals(again, read.toBytes());
    assertEquals(state, AccumulatorState.fromTree(state.tree()));
    assertEquals(state, AccumulatorState.fromTree(AccumulatorStateTest.textForms(state.tree())));

    LocalDate date = state.date();
    EvaluationOptions options;
    try {
      options = EvaluationOptions.builder()
          .worstRecords(Math.toIntExact((Long) state.tree().get("worstRecords")))
          .explanationPage(Math.toIntExact((Long) state.tree().get("explanationPage")))
          .unevaluableRecords(Math.toIntExact((Long) state.tree().get("unevaluableRecords")))
          .build();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return;
    }
    if (!AccumulatorStateTest.SLA.validity().contains(date)) {
      return;
    }
    PeriodAccumulator restored;
    try {
      restored = PeriodAccumulator.restore(
          AccumulatorStateTest.SLA, date, state.asOf(), options, state);
    } catch (AccumulatorStateException e) {
      assertTrue(e.getMessage().startsWith("Accumulator state "), e.getMessage());
      return;
    }
    restored.report();
    AccumulatorState.fromBytes(restored.state().toBytes());
  }
}
