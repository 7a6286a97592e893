package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import org.threeten.extra.Interval;

/**
 * The clock a goal counts on: business time of a calendar, or plain elapsed time. Elapsed time
 * needs no calendar at all, so an elapsed-time goal costs no calendar compilation.
 */
abstract class TimeBasis {

  static final TimeBasis WALL =
      new TimeBasis() {
        @Override
        Duration between(Instant from, Instant to) {
          return TimerClock.wall(from, to);
        }

        @Override
        long betweenNanos(long fs, int fn, long ts, int tn) {
          return (ts - fs) * NANOS + (tn - fn);
        }

        @Override
        Instant plus(Instant start, Duration d) {
          return start.plus(d);
        }

        @Override
        Instant minus(Instant end, Duration d) {
          return end.minus(d);
        }
      };

  static Business of(BusinessCalendar calendar) {
    return new Business(calendar);
  }

  abstract Duration between(Instant from, Instant to);

  /**
   * {@code between(from, to).toNanos()} for instants given as epoch seconds and nanos, with
   * {@code from <= to} at most {@link #NANOS_REACH} seconds apart: no object built or read.
   */
  abstract long betweenNanos(long fs, int fn, long ts, int tn);

  /** Instants at most this many seconds apart have their time in a long of nanoseconds. */
  static final long NANOS_REACH = 9_000_000_000L;

  static final long NANOS = 1_000_000_000L;

  abstract Instant plus(Instant start, Duration d);

  abstract Instant minus(Instant end, Duration d);

  /**
   * {@code plus(from, d)}, or null when the result lies after {@link Limits#LATEST} or the
   * calendar does not have that much open time before it: such a deadline is never reached
   * within the supported range.
   */
  Instant plusWithinRange(Instant from, Duration d) {
    if (d.compareTo(Limits.MAX_DURATION) > 0) {
      return null;
    }
    try {
      Instant t = plus(from, d);
      return t.isAfter(Limits.LATEST) ? null : t;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Business time of one calendar, with the deadlines of goals in working days at the same
   * time of day kept by start date: a period's tickets start on a few dozen dates, and counting
   * working days and converting local times through the zone's rules is most of what such a
   * deadline costs.
   *
   * <p>The kept dates are a small direct-mapped table of immutable entries, and the offsets
   * around the last two instants asked about are kept with the transitions that bound them (a
   * month with a daylight-saving change, walked in any order, asks about both sides). Threads
   * that share an evaluator may overwrite each other's entries (a benign race: an entry's
   * fields are final, so a thread sees a whole entry or none, and a table read as null is made
   * again), which only costs a recount.
   */
  static final class Business extends TimeBasis {
    /** The number of kept (date, working days) entries, a power of two. */
    static final int KEPT = 256;

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;
    /** Made at the first goal in working days: most evaluators never need it. */
    private SameTime[] kept;
    /** The offset around the last instant asked about, until the next transition. */
    private OffsetSpan span;
    /** The span {@link #span} replaced: the other side of the last transition crossed. */
    private OffsetSpan other;

    private Business(BusinessCalendar calendar) {
      this.calendar = calendar;
      this.zone = calendar.zone();
      this.rules = zone.getRules();
    }

    @Override
    Duration between(Instant from, Instant to) {
      return calendar.between(from, to);
    }

    @Override
    long betweenNanos(long fs, int fn, long ts, int tn) {
      return calendar.betweenNanos(fs, fn, ts, tn);
    }

    @Override
    Instant plus(Instant start, Duration d) {
      return calendar.plus(start, d);
    }

    @Override
    Instant minus(Instant end, Duration d) {
      return calendar.minus(end, d);
    }

    /**
     * The deadline a goal gives from an instant with no pause, per its basis.
     *
     * @throws DateTimeException if it lies beyond the supported range or the calendar never
     *     opens
     */
    Instant deadline(Instant from, BusinessDuration within) {
      switch (within.basis()) {
        case ELAPSED_TIME:
        case BUSINESS_TIME:
          {
            TimeBasis basis = within.basis() == BusinessDuration.Basis.ELAPSED_TIME ? WALL : this;
            Instant due = basis.plusWithinRange(from, within.time());
            if (due == null) {
              throw beyondRange(within, from);
            }
            return due;
          }
        case WORKING_DAYS_SAME_TIME:
          return sameTime(openingFrom(from, calendar), within.workingDays());
        case END_OF_WORKING_DAY:
          return endOfWorkingDay(from, within, calendar);
        default:
          throw new AssertionError(within.basis());
      }
    }

    /**
     * The instant {@code days} working days after {@code open}'s local date at {@code open}'s
     * local time: {@code ZonedDateTime.of(plusWorkingDays(date, days), time, zone)}, exactly
     * (a local time in a gap moves forward by the gap, one in an overlap takes the earlier
     * offset).
     */
    Instant sameTime(Instant open, int days) {
      long local = open.getEpochSecond() + offset(open.getEpochSecond());
      long date = Math.floorDiv(local, SECONDS_PER_DAY);
      long secondOfDay = local - date * SECONDS_PER_DAY;
      int slot = (int) (date * 31 + days) & (KEPT - 1);
      SameTime[] kept = this.kept;
      if (kept == null) {
        kept = new SameTime[KEPT];
        this.kept = kept;
      }
      SameTime e = kept[slot];
      if (e == null || e.date != date || e.days != days) {
        LocalDate target = calendar.plusWorkingDays(LocalDate.ofEpochDay(date), days);
        e = new SameTime(date, days, target.toEpochDay(), uniformOffset(target));
        kept[slot] = e;
      }
      if (e.offset != NOT_UNIFORM) {
        return Instant.ofEpochSecond(
            e.target * SECONDS_PER_DAY + secondOfDay - e.offset, open.getNano());
      }
      LocalTime time = LocalTime.ofSecondOfDay(secondOfDay).withNano(open.getNano());
      return ZonedDateTime.of(LocalDate.ofEpochDay(e.target), time, zone).toInstant();
    }

    /**
     * The zone's offset in seconds at an epoch second, from one of the two spans between
     * transitions kept from the last seconds asked about when one holds this one (most zones
     * change offset twice a year at most, and a period's tickets are weeks apart).
     */
    int offset(long second) {
      OffsetSpan s = span;
      if (s != null && second >= s.from && second < s.to) {
        return s.offset;
      }
      OffsetSpan o = other;
      if (o == null || second < o.from || second >= o.to) {
        // the last transition at or before the second, and the first after it
        ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(second + 1));
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(second));
        o =
            new OffsetSpan(
                previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
                next == null ? Long.MAX_VALUE : next.toEpochSecond(),
                rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds());
      }
      other = s;
      span = o;
      return o.offset;
    }

    /**
     * The zone's offset throughout a date, or {@link #NOT_UNIFORM} when a transition (a gap or
     * an overlap) touches its local times.
     */
    private int uniformOffset(LocalDate date) {
      List<ZoneOffset> valid = rules.getValidOffsets(date.atStartOfDay());
      if (valid.size() != 1) {
        return NOT_UNIFORM;
      }
      int offset = valid.get(0).getTotalSeconds();
      long start = date.toEpochDay() * SECONDS_PER_DAY - offset;
      ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(start));
      return next == null || next.toEpochSecond() >= start + SECONDS_PER_DAY
          ? offset
          : NOT_UNIFORM;
    }
  }

  private static final long SECONDS_PER_DAY = 86_400;

  /** No offset holds throughout the date: more than any real offset (at most 18 hours). */
  private static final int NOT_UNIFORM = Integer.MIN_VALUE;

  /** One offset from one transition (inclusive) to the next (exclusive), in epoch seconds. */
  private static final class OffsetSpan {
    final long from;
    final long to;
    final int offset;

    OffsetSpan(long from, long to, int offset) {
      this.from = from;
      this.to = to;
      this.offset = offset;
    }
  }

  /** A kept deadline: {@code days} working days from local {@code date} is {@code target}. */
  private static final class SameTime {
    final long date;
    final int days;
    final long target;
    /** The zone's offset in seconds throughout {@code target}, or {@link #NOT_UNIFORM}. */
    final int offset;

    SameTime(long date, int days, long target, int offset) {
      this.date = date;
      this.days = days;
      this.target = target;
      this.offset = offset;
    }
  }

  /** The close of the last opening of the working day {@code within} days after the opening. */
  private static Instant endOfWorkingDay(
      Instant from, BusinessDuration within, BusinessCalendar calendar) {
    ZoneId zone = calendar.zone();
    LocalDate day =
        calendar.plusWorkingDays(
            openingFrom(from, calendar).atZone(zone).toLocalDate(), within.workingDays());
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
    if (nextDay.isAfter(Limits.LATEST)) {
      throw beyondRange(within, from);
    }
    List<Interval> open = calendar.openIntervals(Interval.of(dayStart, nextDay));
    if (open.isEmpty()) {
      return calendar.nextClose(dayStart).orElse(dayStart);
    }
    Instant lastStart = open.get(open.size() - 1).getStart();
    return calendar.nextClose(lastStart).orElse(nextDay);
  }

  static DateTimeException beyondRange(BusinessDuration within, Instant from) {
    return new TicketTimers.NoDeadlineException(
        "The deadline of goal " + within + " from " + from + " falls after "
            + Limits.LATEST + ", the end of the supported range");
  }

  private static Instant openingFrom(Instant from, BusinessCalendar calendar) {
    return calendar
        .nextOpen(from)
        .orElseThrow(
            () ->
                new TicketTimers.NoDeadlineException(
                    "Calendar " + Limits.shown(calendar) + " never opens after " + from
                        + ": a goal in working days has no deadline"));
  }
}
