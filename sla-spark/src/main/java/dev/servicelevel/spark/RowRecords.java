package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.threeten.extra.Interval;

/**
 * Turns input rows into the library's records, with the library's own validation; a row that
 * cannot become a record raises a {@link BadRowException} whose message names the column, the
 * value and the rule. The same code serves the Spark job and the one-process path.
 */
final class RowRecords {

  /** The longest text an instant or decimal column may hold: {@value}. */
  static final int MAX_NUMBER_CHARS = 200;

  /** The description of a cause an input row names but its agreement does not define. */
  static final String UNDEFINED_CAUSE = "Named by an outage row; not defined by the agreement";

  private RowRecords() {}

  /** A row that cannot become a record; carries no stack trace (rows are data, not bugs). */
  static final class BadRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRowException(String message) {
      super(message, null, false, false);
    }
  }

  /** A ticket event with the row's sequence number (the order of events at one instant). */
  static final class SequencedEvent {
    final TicketEvent event;
    final Long seq;

    SequencedEvent(TicketEvent event, Long seq) {
      this.event = event;
      this.seq = seq;
    }
  }

  static String text(Row row, int i) {
    if (i < 0 || row.isNullAt(i)) {
      return null;
    }
    return row.getString(i);
  }

  static String requiredText(Row row, int i, String column) {
    String s = text(row, i);
    if (s == null || s.isBlank()) {
      throw new BadRowException(
          "Column " + column + " must not be " + (s == null ? "null" : "blank"));
    }
    return s;
  }

  static Instant instant(Row row, int i, String column) {
    if (row.isNullAt(i)) {
      throw new BadRowException("Column " + column + " must not be null");
    }
    Object v = row.get(i);
    Instant at;
    if (v instanceof Timestamp) {
      at = ((Timestamp) v).toInstant();
    } else if (v instanceof Instant) {
      at = (Instant) v;
    } else {
      String s = v.toString();
      if (s.length() > MAX_NUMBER_CHARS) {
        throw new BadRowException(
            "Column " + column + " must be an RFC 3339 instant with offset: " + Limits.shown(s));
      }
      try {
        at = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadRowException(
            "Column " + column + " must be an RFC 3339 instant with offset: '"
                + Limits.shown(s) + "'");
      }
    }
    try {
      return Limits.requireInstant("Column " + column, at);
    } catch (DateTimeException e) {
      throw new BadRowException(e.getMessage());
    }
  }

  static BigDecimal decimal(Row row, int i, String column) {
    if (row.isNullAt(i)) {
      throw new BadRowException("Column " + column + " must not be null");
    }
    Object v = row.get(i);
    BigDecimal d;
    if (v instanceof BigDecimal) {
      d = (BigDecimal) v;
    } else {
      String s = v.toString();
      if (s.length() > MAX_NUMBER_CHARS) {
        throw new BadRowException(
            "Column " + column + " must be a decimal number: " + Limits.shown(s));
      }
      try {
        d = new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw new BadRowException(
            "Column " + column + " must be a decimal number: '" + Limits.shown(s) + "'");
      }
    }
    try {
      return Limits.requireDecimal("Column " + column, d);
    } catch (IllegalArgumentException e) {
      throw new BadRowException(e.getMessage());
    }
  }

  /** The event of one ticket-event row (agreement and ticket ids are checked by the caller). */
  static SequencedEvent event(Row row, Columns.Tickets c) {
    Instant at = instant(row, c.at, "at");
    Long seq = c.seq < 0 || row.isNullAt(c.seq) ? null : ((Number) row.get(c.seq)).longValue();
    try {
      TicketEvent.Builder b = TicketEvent.builder();
      b.at(at);
      String type = text(row, c.event);
      if (type != null) {
        b.type(type);
      }
      if (c.fields >= 0 && !row.isNullAt(c.fields)) {
        for (Map.Entry<Object, Object> f : row.getJavaMap(c.fields).entrySet()) {
          if (f.getKey() == null || f.getValue() == null) {
            throw new BadRowException(
                "Column fields must not hold null names or values: " + Limits.shown(f));
          }
          b.putFields(f.getKey().toString(), f.getValue().toString());
        }
      }
      for (int k = 0; k < c.fieldColumns.length; k++) {
        String value = text(row, c.fieldColumns[k]);
        if (value != null) {
          b.putFields(c.fieldNames[k], value);
        }
      }
      if (c.cleared >= 0 && !row.isNullAt(c.cleared)) {
        List<Object> cleared = row.getList(c.cleared);
        for (Object name : cleared) {
          if (name == null) {
            throw new BadRowException("Column cleared must not hold null names");
          }
          b.addClearedFields(name.toString());
        }
      }
      return new SequencedEvent(b.build(), seq);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw new BadRowException(
          "Event at " + at + " is rejected by the library: " + e.getMessage());
    }
  }

  /** The outage of one row of an agreement's outages. */
  static Outage outage(Row row, Columns.Outages c, Agreement agreement) {
    String id = requiredText(row, c.id, "outage_id");
    String service = requiredText(row, c.service, "service");
    if (agreement.service(service).isEmpty()) {
      throw new BadRowException(
          "Agreement has no service with this id: " + Limits.shown(service));
    }
    Instant start = instant(row, c.start, "start");
    Instant end = instant(row, c.end, "end");
    if (!end.isAfter(start)) {
      throw new BadRowException("Outage must end after it starts: " + start + " / " + end);
    }
    try {
      Outage.Builder b = Outage.builder();
      b.id(id).service(service).interval(Interval.of(start, end));
      String causeName = text(row, c.cause);
      if (causeName != null) {
        b.cause(cause(agreement, causeName));
      }
      if (c.announcedAt >= 0 && !row.isNullAt(c.announcedAt)) {
        b.announcedAt(instant(row, c.announcedAt, "announced_at"));
      }
      if (c.impact >= 0 && !row.isNullAt(c.impact)) {
        b.impact(decimal(row, c.impact, "impact"));
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      if (e instanceof BadRowException) {
        throw e;
      }
      throw new BadRowException("Outage is rejected by the library: " + e.getMessage());
    }
  }

  /**
   * The cause an agreement defines under a name, as the library names it
   * ({@code PLANNED_MAINTENANCE}) or in the CSV files' spelling ({@code planned-maintenance});
   * a name it does not define becomes a cause of that name the agreement does not know.
   */
  private static OutageCause cause(Agreement agreement, String name) {
    Optional<OutageCause> cause = agreement.outageCause(name);
    if (cause.isEmpty()) {
      cause = agreement.outageCause(name.replace('-', '_').toUpperCase(Locale.ROOT));
    }
    if (cause.isEmpty()) {
      // The library lists an outage of a cause its agreement does not define among the
      // report's unevaluable records (OutageCause); a name that is no id is rejected here.
      return OutageCause.of(name, false, UNDEFINED_CAUSE);
    }
    return cause.get();
  }

  /** The sample of one row (the target is checked by the accumulator). */
  static Sample sample(Row row, Columns.Samples c) {
    Instant at = instant(row, c.at, "at");
    BigDecimal value = decimal(row, c.value, "value");
    return Sample.of(at, value);
  }
}
