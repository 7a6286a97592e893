package dev.servicelevel.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar made from others: union, intersection, complement, or a version change at the
 * start of a date. It compiles a chunk from its operands' compiled chunks, so operands' caches
 * are shared and no rule is evaluated twice.
 *
 * <p>Nothing here recurses over the operand graph, so algebra of any depth works (the depth is
 * bounded by memory only):
 * <ul>
 *   <li>a union of unions is compiled as ONE union of all its operands (likewise for
 *       intersections), merged in O(total spans · log n); the intermediate calendars of
 *       {@code reduce(BusinessCalendar::union)} are never compiled;</li>
 *   <li>a chain of versions is compiled from the versions that apply in the chunk only;</li>
 *   <li>operands are compiled bottom-up from an explicit stack ({@link #prepare(int)});</li>
 *   <li>the hash code is computed once at construction, {@code equals} walks an explicit stack
 *       of pairs, and the description stops after {@value #DESCRIPTION_BUDGET} characters.</li>
 * </ul>
 */
final class AlgebraDefinition extends CalendarDefinition {

  enum Op {
    UNION,
    INTERSECTION,
    COMPLEMENT,
    VERSIONED
  }

  /** The description of a calendar made by algebra is cut after about this many characters. */
  static final int DESCRIPTION_BUDGET = 1000;

  private final Op op;
  private final BusinessCalendar left;
  private final BusinessCalendar right;
  private final LocalDate from;
  private final ZoneId zone;
  /** For VERSIONED: the first second of {@code from} in the left calendar's zone. */
  private final long switchSecond;

  private final int hash;

  AlgebraDefinition(Op op, BusinessCalendar left, BusinessCalendar right, LocalDate from) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.from = from;
    this.zone = left.zone();
    this.switchSecond = from == null ? 0 : from.atStartOfDay(zone).toEpochSecond();
    this.hash =
        ((op.hashCode() * 31 + left.hashCode()) * 31 + Objects.hashCode(right)) * 31
            + Objects.hashCode(from);
  }

  @Override
  ZoneId zone() {
    return zone;
  }

  private static AlgebraDefinition algebra(BusinessCalendar c) {
    CalendarDefinition d = c.definition();
    return d instanceof AlgebraDefinition ? (AlgebraDefinition) d : null;
  }

  /**
   * The operands of a union or intersection with nested ones of the same kind flattened, each
   * once (equal calendars once: both operations are idempotent), in order.
   */
  private List<BusinessCalendar> flatOperands() {
    List<BusinessCalendar> out = new ArrayList<>();
    Set<BusinessCalendar> seen = new HashSet<>();
    Set<AlgebraDefinition> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<BusinessCalendar> stack = new ArrayDeque<>();
    stack.push(right);
    stack.push(left);
    while (!stack.isEmpty()) {
      BusinessCalendar c = stack.pop();
      AlgebraDefinition a = algebra(c);
      if (a != null && a.op == op) {
        if (expanded.add(a)) {
          stack.push(a.right);
          stack.push(a.left);
        }
      } else if (seen.add(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A piece of a chain of versions: {@code calendar} applies in {@code [start, end)}. */
  private static final class Piece {
    final BusinessCalendar calendar;
    final long start;
    final long end;

    Piece(BusinessCalendar calendar, long start, long end) {
      this.calendar = calendar;
      this.start = start;
      this.end = end;
    }
  }

  /** The versions that apply within {@code [start, end)}, latest first. */
  private List<Piece> pieces(long start, long end) {
    List<Piece> out = new ArrayList<>();
    AlgebraDefinition cur = this;
    long upper = end;
    while (true) {
      long cut = Math.min(Math.max(cur.switchSecond, start), upper);
      if (cut < upper) {
        out.add(new Piece(cur.right, cut, upper));
      }
      upper = cut;
      if (upper <= start) {
        return out;
      }
      AlgebraDefinition next = algebra(cur.left);
      if (next == null || next.op != Op.VERSIONED) {
        out.add(new Piece(cur.left, start, upper));
        return out;
      }
      cur = next;
    }
  }

  /** The calendars whose chunk {@code k} this one's chunk {@code k} is compiled from. */
  private List<BusinessCalendar> operandsFor(int k) {
    switch (op) {
      case UNION:
      case INTERSECTION:
        return flatOperands();
      case COMPLEMENT:
        return List.of(left);
      case VERSIONED:
        {
          List<BusinessCalendar> out = new ArrayList<>();
          for (Piece p : pieces(Timeline.chunkStart(k), Timeline.chunkStart(k + 1))) {
            out.add(p.calendar);
          }
          return out;
        }
      default:
        throw new AssertionError(op);
    }
  }

  @Override
  void prepare(int k) {
    if (op == Op.INTERSECTION) {
      // Operand by operand, stopping where the intersection so far is empty: the operands after
      // it are not needed (compile stops at the same operand), so an empty intersection of
      // thousands of calendars compiles a year of only the first few.
      long start = Timeline.chunkStart(k);
      long end = Timeline.chunkStart(k + 1);
      long[] sofar = null;
      for (BusinessCalendar o : flatOperands()) {
        prepareAll(List.of(o), k);
        long[] spans = o.spansIn(start, end);
        sofar = sofar == null ? spans : Spans.intersection(sofar, spans);
        if (sofar.length == 0) {
          return;
        }
      }
      return;
    }
    prepareAll(operandsFor(k), k);
  }

  /** Compiles chunk {@code k} of the calendars and of what they are made of, without recursion. */
  private static void prepareAll(List<BusinessCalendar> roots, int k) {
    Deque<BusinessCalendar> stack = new ArrayDeque<>(roots);
    while (!stack.isEmpty()) {
      BusinessCalendar c = stack.peek();
      if (c.timeline().isCompiled(k)) {
        stack.pop();
        continue;
      }
      AlgebraDefinition a = algebra(c);
      boolean ready = true;
      if (a != null) {
        for (BusinessCalendar o : a.operandsFor(k)) {
          if (!o.timeline().isCompiled(k)) {
            stack.push(o);
            ready = false;
          }
        }
      }
      if (ready) {
        stack.pop();
        c.timeline().chunk(k);
      }
    }
  }

  @Override
  long[] compile(long start, long end, Timeline own) {
    switch (op) {
      case UNION:
        {
          List<BusinessCalendar> operands = flatOperands();
          long[][] sets = new long[operands.size()][];
          for (int i = 0; i < sets.length; i++) {
            sets[i] = operands.get(i).spansIn(start, end);
          }
          if (sets.length == 1) {
            return sets[0];
          }
          return Spans.coveredBy(sets, 1);
        }
      case INTERSECTION:
        {
          // In operand order, as prepare compiled them: the result only shrinks, so the whole
          // fold is linear in the operands' spans, and it stops at the first empty result.
          long[] sofar = null;
          for (BusinessCalendar o : flatOperands()) {
            long[] spans = o.spansIn(start, end);
            sofar = sofar == null ? spans : Spans.intersection(sofar, spans);
            if (sofar.length == 0) {
              return Spans.EMPTY;
            }
          }
          return sofar;
        }
      case COMPLEMENT:
        return Spans.complement(left.spansIn(start, end), start, end);
      case VERSIONED:
        {
          List<Piece> pieces = pieces(start, end);
          long[] out = Spans.EMPTY;
          for (int i = pieces.size() - 1; i >= 0; i--) {
            Piece p = pieces.get(i);
            out = Spans.union(out, Spans.clip(p.calendar.spansIn(p.start, p.end), p.start, p.end));
          }
          return out;
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
    StringBuilder sb = new StringBuilder();
    describe(sb);
    return sb.toString();
  }

  /**
   * Appends the description, at most about {@link #DESCRIPTION_BUDGET} characters: every level
   * adds characters, so the nesting this walks is bounded by the budget too. False when cut
   * (after "…"): then every caller stops appending.
   */
  private boolean describe(StringBuilder sb) {
    switch (op) {
      case UNION:
      case INTERSECTION:
        {
          String sign = op == Op.UNION ? " ∪ " : " ∩ ";
          List<BusinessCalendar> operands = flatOperands();
          for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
              sb.append(sign);
            }
            boolean cutHere = sb.length() >= DESCRIPTION_BUDGET;
            if (!operand(sb, operands.get(i))) {
              if (cutHere) {
                sb.append(" (").append(operands.size()).append(" operands)");
              }
              return false;
            }
          }
          return true;
        }
      case COMPLEMENT:
        sb.append("not ");
        return operand(sb, left);
      case VERSIONED:
        if (!operand(sb, left)) {
          return false;
        }
        sb.append(" until ").append(from).append(", then ");
        return operand(sb, right);
      default:
        throw new AssertionError(op);
    }
  }

  /** Appends "(operand)"; false when cut. */
  private static boolean operand(StringBuilder sb, BusinessCalendar c) {
    if (sb.length() >= DESCRIPTION_BUDGET) {
      sb.append('…');
      return false;
    }
    sb.append('(');
    AlgebraDefinition a = algebra(c);
    if (a == null) {
      sb.append(c.definition().describe());
    } else if (!a.describe(sb)) {
      return false;
    }
    sb.append(')');
    return true;
  }

  @Override
  <R> R accept(CalendarVisitor<R> visitor) {
    switch (op) {
      case UNION:
        return visitor.union(left, right);
      case INTERSECTION:
        return visitor.intersection(left, right);
      case COMPLEMENT:
        return visitor.complement(left);
      case VERSIONED:
        return visitor.replacedFrom(left, from, right);
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
    // an explicit stack of pairs instead of recursion; each pair of nodes is compared once
    Deque<Object[]> pairs = new ArrayDeque<>();
    Set<Map.Entry<Object, Object>> seen = new HashSet<>();
    pairs.push(new Object[] {this, obj});
    while (!pairs.isEmpty()) {
      Object[] pair = pairs.pop();
      AlgebraDefinition a = (AlgebraDefinition) pair[0];
      AlgebraDefinition b = (AlgebraDefinition) pair[1];
      if (a == b
          || !seen.add(Map.entry(new Identity(a), new Identity(b)))) {
        continue;
      }
      if (a.hash != b.hash
          || a.op != b.op
          || !Objects.equals(a.from, b.from)
          || !a.zone.equals(b.zone)
          || !operandsEqual(a.left, b.left, pairs)
          || !operandsEqual(a.right, b.right, pairs)) {
        return false;
      }
    }
    return true;
  }

  /** Compares operands now if they are built calendars, else pushes their pair. */
  private static boolean operandsEqual(
      BusinessCalendar x, BusinessCalendar y, Deque<Object[]> pairs) {
    if (x == y) {
      return true;
    }
    if (x == null || y == null) {
      return false;
    }
    AlgebraDefinition ax = algebra(x);
    AlgebraDefinition ay = algebra(y);
    if (ax == null || ay == null) {
      return ax == null && ay == null && x.definition().equals(y.definition());
    }
    pairs.push(new Object[] {ax, ay});
    return true;
  }

  /** Identity of a node as a hash key. */
  private static final class Identity {
    private final Object ref;

    Identity(Object ref) {
      this.ref = ref;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Identity && ((Identity) obj).ref == ref;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(ref);
    }
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
