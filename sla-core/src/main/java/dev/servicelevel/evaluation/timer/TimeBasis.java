package dev.servicelevel.evaluation.timer;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock a goal counts on: business time of a calendar, or plain elapsed time. Elapsed time
 * needs no calendar at all, so an elapsed-time goal costs no calendar compilation.
 */
abstract class TimeBasis {

  static final TimeBasis WALL =
      new TimeBasis() {
        @Override
        Duration between(Instant from, Instant to) {
          return Duration.between(from, to);
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

  abstract Duration between(Instant from, Instant to);

  abstract Instant plus(Instant start, Duration d);

  abstract Instant minus(Instant end, Duration d);
}
