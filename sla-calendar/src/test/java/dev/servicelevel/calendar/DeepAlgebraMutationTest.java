package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Algebra 1,500 levels deep, queried on a thread with a small stack: compiling a year
 * must compile the operands first, bottom up, without recursion ({@link AlgebraDefinition#prepare}
 * and {@link Timeline#chunk}). A recursive compile would need a few hundred bytes of stack per
 * level; {@code RobustnessTest} shows the same with 100,000 levels on a normal stack, slowly.
 */
class DeepAlgebraMutationTest {

  private static final int DEPTH = 1_501;
  /** Far less than a recursive compile of {@link #DEPTH} levels needs. */
  private static final long STACK = 256 * 1024;
  private static final Instant MONDAY_TEN = Instant.parse("2024-03-04T10:00:00Z");

  private static BusinessCalendar hours(DayOfWeek day) {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.of(day), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  /** The answer of {@code query} computed on a thread with a {@link #STACK}-byte stack. */
  private static <T> T onSmallStack(Supplier<T> query) throws InterruptedException {
    AtomicReference<T> answer = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        answer.set(query.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "small-stack", STACK);
    thread.start();
    thread.join();
    assertNull(failure.get(), () -> String.valueOf(failure.get()));
    return answer.get();
  }

  @Test
  void unionsAndComplements_nestedDeep_compileWithoutRecursion() throws InterruptedException {
    BusinessCalendar monday = hours(DayOfWeek.MONDAY);
    BusinessCalendar calendar = monday;
    for (int i = 0; i < DEPTH; i++) {
      // not (c ∪ Monday): "not Monday" after odd steps, never open after even ones
      calendar = calendar.union(monday).complement();
    }
    BusinessCalendar deep = calendar;
    Instant saturday = MONDAY_TEN.minus(Duration.ofDays(2));
    assertEquals(false, onSmallStack(() -> deep.isOpen(MONDAY_TEN)));
    assertEquals(true, onSmallStack(() -> deep.isOpen(MONDAY_TEN.plus(Duration.ofDays(1)))));
    assertEquals(Duration.ofHours(4 * 24 - 8),
        onSmallStack(() -> deep.between(saturday, saturday.plus(Duration.ofDays(4)))));
  }

  @Test
  void intersectionsAndUnions_nestedDeep_compileWithoutRecursion() throws InterruptedException {
    BusinessCalendar monday = hours(DayOfWeek.MONDAY);
    BusinessCalendar tuesday = hours(DayOfWeek.TUESDAY);
    BusinessCalendar calendar = monday;
    for (int i = 0; i < DEPTH; i++) {
      calendar = calendar.intersection(monday).union(tuesday);
    }
    BusinessCalendar deep = calendar;
    assertEquals(true, onSmallStack(() -> deep.isOpen(MONDAY_TEN)));
    assertEquals(true, onSmallStack(() -> deep.isOpen(MONDAY_TEN.plus(Duration.ofDays(1)))));
    assertEquals(false, onSmallStack(() -> deep.isOpen(MONDAY_TEN.plus(Duration.ofDays(2)))));
  }

  @Test
  void versionsOfDeepAlgebra_compileWithoutRecursion() throws InterruptedException {
    BusinessCalendar monday = hours(DayOfWeek.MONDAY);
    BusinessCalendar calendar = monday;
    for (int i = 0; i < DEPTH; i++) {
      calendar = calendar.union(monday).complement()
          .replacedFrom(LocalDate.of(2030, 1, 1).plusDays(i), monday);
    }
    BusinessCalendar deep = calendar;
    // 2024 is before every switch: "not Monday", as above (an odd depth)
    assertEquals(false, onSmallStack(() -> deep.isOpen(MONDAY_TEN)));
    assertEquals(true, onSmallStack(() -> deep.isOpen(MONDAY_TEN.plus(Duration.ofDays(1)))));
  }
}
