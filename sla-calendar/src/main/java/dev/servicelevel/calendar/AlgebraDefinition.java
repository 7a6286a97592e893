package dev.servicelevel.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A calendar made from others: union, intersection, complement, or a version change at the
 * start of a date. It compiles a chunk from its operands' compiled chunks, so operands' caches
 * are shared and no rule is evaluated twice.
 */
final class AlgebraDefinition extends CalendarDefinition {

  enum Op {
    UNION,
    INTERSECTION,
    COMPLEMENT,
    VERSIONED
  }

  private final Op op;
  private final BusinessCalendar left;
  private final BusinessCalendar right;
  private final LocalDate from;
  /** For VERSIONED: the first second of {@code from} in the left calendar's zone. */
  private final long switchSecond;

  AlgebraDefinition(Op op, BusinessCalendar left, BusinessCalendar right, LocalDate from) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.from = from;
    this.switchSecond = from == null ? 0 : from.atStartOfDay(left.zone()).toEpochSecond();
  }

  @Override
  ZoneId zone() {
    return left.zone();
  }

  @Override
  long[] compile(long start, long end, Timeline own) {
    switch (op) {
      case UNION:
        return Spans.union(left.spansIn(start, end), right.spansIn(start, end));
      case INTERSECTION:
        return Spans.intersection(left.spansIn(start, end), right.spansIn(start, end));
      case COMPLEMENT:
        return Spans.complement(left.spansIn(start, end), start, end);
      case VERSIONED:
        {
          long cut = Math.min(Math.max(switchSecond, start), end);
          long[] before = Spans.clip(left.spansIn(start, end), start, cut);
          long[] after = Spans.clip(right.spansIn(start, end), cut, end);
          return Spans.union(before, after);
        }
      default:
        throw new AssertionError(op);
    }
  }

  @Override
  BusinessCalendar complementOperand() {
    return op == Op.COMPLEMENT ? left : null;
  }

  @Override
  int[] workingDays(int year, Timeline own) {
    return workingDaysFromSpans(year, own, zone());
  }

  @Override
  List<Holiday> holidays(int year) {
    return List.of();
  }

  @Override
  String describe() {
    switch (op) {
      case UNION:
        return "(" + left + ") ∪ (" + right + ")";
      case INTERSECTION:
        return "(" + left + ") ∩ (" + right + ")";
      case COMPLEMENT:
        return "not (" + left + ")";
      case VERSIONED:
        return "(" + left + ") until " + from + ", then (" + right + ")";
      default:
        throw new AssertionError(op);
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof AlgebraDefinition)) {
      return false;
    }
    AlgebraDefinition o = (AlgebraDefinition) obj;
    return op == o.op
        && left.equals(o.left)
        && Objects.equals(right, o.right)
        && Objects.equals(from, o.from);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, left, right, from);
  }
}
