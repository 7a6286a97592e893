package dev.servicelevel.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Maps local date-times of a zone to epoch seconds exactly as {@link ZonedDateTime#of} does (API
 * contract rule 5), fast for the forward walks of compiling: it remembers the stretch of local
 * time, up to the zone's next transition, in which every local time has one valid offset, and
 * maps local times inside it by subtracting that offset. Anything else (a local time before the
 * stretch, in a gap or an overlap) takes {@code ZonedDateTime.of} and starts a new stretch.
 *
 * <p>Local date-times are given as epoch seconds read at UTC ({@code
 * LocalDateTime.toEpochSecond(ZoneOffset.UTC)}). Not thread-safe: one per compilation.
 */
final class LocalClock {

  private final ZoneId zone;
  private final ZoneRules rules;
  /** Local seconds in {@code [from, to)} map to {@code local - offset}. */
  private long from = Long.MAX_VALUE;

  private long to = Long.MIN_VALUE;
  private int offset;

  LocalClock(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /** The epoch second of a local date-time (given as seconds at UTC), by rule 5. */
  long toEpochSecond(long local) {
    if (local >= from && local < to) {
      return local - offset;
    }
    return remap(local);
  }

  private long remap(long local) {
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    long epoch = ZonedDateTime.of(ldt, zone).toEpochSecond();
    int at = rules.getOffset(Instant.ofEpochSecond(epoch)).getTotalSeconds();
    if (local - at == epoch) {
      // The offset at the instant is the local time's: no gap moved it. Local times from here up
      // to the next transition's gap or overlap have this one offset. In an overlap the earlier
      // offset is taken, whose next transition is the overlap's own: the stretch is then empty.
      ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(epoch));
      from = local;
      to = next == null
          ? Long.MAX_VALUE
          : next.toEpochSecond()
              + Math.min(next.getOffsetBefore().getTotalSeconds(),
                  next.getOffsetAfter().getTotalSeconds());
      offset = at;
    }
    return epoch;
  }
}
