package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        Instant plus(Instant start, Duration d) {
          return start.plus(d);
        }

        @Override
        Instant minus(Instant end, Duration d) {
          return end.minus(d);
        }
      };

  static TimeBasis of(BusinessCalendar calendar) {
    return new TimeBasis() {
      @Override
      Duration between(Instant from, Instant to) {
        return calendar.between(from, to);
      }

      @Override
      Instant plus(Instant start, Duration d) {
        return calendar.plus(start, d);
      }

      @Override
      Instant minus(Instant end, Duration d) {
        return calendar.minus(end, d);
      }
    };
  }

  /** The clock of a duration's basis: wall time for elapsed time, the calendar's otherwise. */
  static TimeBasis of(BusinessDuration.Basis basis, BusinessCalendar calendar) {
    return basis == BusinessDuration.Basis.ELAPSED_TIME ? WALL : of(calendar);
  }

  abstract Duration between(Instant from, Instant to);

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
   * The deadline a goal gives from an instant with no pause, per its basis.
   *
   * @throws DateTimeException if it lies beyond the supported range or the calendar never opens
   */
  static Instant deadline(Instant from, BusinessDuration within, BusinessCalendar calendar) {
    switch (within.basis()) {
      case ELAPSED_TIME:
      case BUSINESS_TIME:
        {
          Instant due = of(within.basis(), calendar).plusWithinRange(from, within.time());
          if (due == null) {
            throw beyondRange(within, from);
          }
          return due;
        }
      case WORKING_DAYS_SAME_TIME:
        {
          ZoneId zone = calendar.zone();
          ZonedDateTime open = openingFrom(from, calendar).atZone(zone);
          LocalDate day = calendar.plusWorkingDays(open.toLocalDate(), within.workingDays());
          return ZonedDateTime.of(day, open.toLocalTime(), zone).toInstant();
        }
      case END_OF_WORKING_DAY:
        return endOfWorkingDay(from, within, calendar);
      default:
        throw new AssertionError(within.basis());
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
