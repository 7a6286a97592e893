package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a ticket audit log (one row per ticket event) into ticket histories.
 *
 * <p>Columns: {@code ticket} (the ticket id), {@code at} (when, an ISO date-time with offset),
 * {@code event} (the event type, such as {@code created}, {@code agent-reply},
 * {@code priority-change}, {@code resolved}), {@code priority} and {@code status} (the values
 * the event sets; empty leaves the field as it was). Every further column is a ticket field too,
 * such as {@code team}: a non-empty cell sets the field at that event. Rows of one ticket must be
 * in time order; rows of different tickets may interleave.
 */
final class TicketCsv {

  /** The columns every ticket file has, in the order the bundled file uses. */
  static final List<String> REQUIRED = List.of("ticket", "at", "event", "priority", "status");

  private TicketCsv() {}

  /**
   * Reads the histories.
   *
   * @param file  the file's name for messages
   * @param in  the text
   * @return the histories in order of each ticket's first row
   * @throws CsvFormatException if a row breaks the format
   * @throws IOException if reading fails
   */
  static List<TicketHistory> read(String file, Reader in) throws IOException {
    try (CsvTable table = CsvTable.open(file, in, REQUIRED, null)) {
      return read(table);
    }
  }

  private static List<TicketHistory> read(CsvTable table) throws IOException {
    List<String> fieldColumns = new ArrayList<>();
    for (String column : table.header()) {
      if (!column.equals("ticket") && !column.equals("at") && !column.equals("event")) {
        fieldColumns.add(column);
      }
    }
    Map<String, List<TicketEvent>> events = new LinkedHashMap<>();
    Map<String, CsvTable.Row> lastRow = new HashMap<>();
    Map<String, CsvTable.Row> firstRow = new HashMap<>();
    for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
      String ticket = row.required("ticket");
      Instant at = row.requiredInstant("at");
      String type = row.required("event");
      CsvTable.Row previous = lastRow.get(ticket);
      if (previous != null) {
        Instant before = previous.requiredInstant("at");
        if (at.isBefore(before)) {
          throw row.error("at", "ticket " + Limits.shown(ticket)
              + "'s event is earlier than its event on line "
              + previous.line() + " (" + before + "); a ticket's rows must be in time order");
        }
      }
      lastRow.put(ticket, row);
      Map<String, String> fields = new LinkedHashMap<>();
      for (String column : fieldColumns) {
        String value = row.text(column);
        if (!value.isEmpty()) {
          fields.put(column, value);
        }
      }
      TicketEvent event;
      try {
        event = TicketEvent.of(at, type, fields);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw row.error("event", "the library rejects the event: " + Limits.shown(e.getMessage()));
      }
      events.computeIfAbsent(ticket, k -> new ArrayList<>()).add(event);
      firstRow.putIfAbsent(ticket, row);
    }
    List<TicketHistory> histories = new ArrayList<>(events.size());
    for (Map.Entry<String, List<TicketEvent>> e : events.entrySet()) {
      try {
        histories.add(TicketHistory.of(e.getKey(), e.getValue()));
      } catch (IllegalArgumentException | DateTimeException x) {
        throw firstRow.get(e.getKey()).error("ticket",
            "the library rejects the ticket: " + Limits.shown(x.getMessage()));
      }
    }
    return histories;
  }
}
