package dev.servicelevel.examples;

import dev.servicelevel.agreement.OutageCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an outage file, as read.
 *
 * @param id  the outage's id, such as an incident number
 * @param service  the id of the service that was down
 * @param start  when it went down
 * @param end  when it came back, after {@code start}
 * @param cause  the recorded cause, empty for an ordinary (unplanned) outage
 * @param announcedAt  when planned maintenance was announced, empty if not recorded
 * @param impact  the share of the service that was down, more than 0 and at most 1
 * @param line  the line of the row in its file
 */
record OutageRow(
    String id,
    String service,
    Instant start,
    Instant end,
    Optional<OutageCause> cause,
    Optional<Instant> announcedAt,
    BigDecimal impact,
    int line) {

  OutageRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(announcedAt, "announcedAt");
    Objects.requireNonNull(impact, "impact");
  }

  /**
   * Gets the text a file uses for a cause, such as {@code planned-maintenance}.
   *
   * @param cause  the cause
   * @return the text
   */
  static String text(OutageCause cause) {
    return cause.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Gets the cause's text for display, {@code unplanned} when none was recorded.
   *
   * @return the text
   */
  String causeText() {
    return cause.map(OutageRow::text).orElse("unplanned");
  }
}
