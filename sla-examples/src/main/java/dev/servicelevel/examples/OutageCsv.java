package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.OutageCause;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an outage file: one row per outage.
 *
 * <p>Columns: {@code id}, {@code service} (a service id of the agreements), {@code start} and
 * {@code end} (ISO date-times with offset, end after start), and optionally {@code cause} (empty
 * for an unplanned outage, or {@code planned-maintenance}, {@code customer-caused},
 * {@code force-majeure}, {@code third-party}), {@code announced_at} (when planned maintenance was
 * announced) and {@code impact} (the share of the service that was down, more than 0 and at most
 * 1; empty means 1).
 */
final class OutageCsv {

  /** The columns every outage file has. */
  static final List<String> REQUIRED = List.of("id", "service", "start", "end");

  /** The columns an outage file may have besides the required ones. */
  static final Set<String> OPTIONAL = Set.of("cause", "announced_at", "impact");

  private OutageCsv() {}

  /**
   * Reads the outages.
   *
   * @param file  the file's name for messages
   * @param in  the text
   * @param services  the service ids an outage may name
   * @return the outages in file order
   * @throws CsvFormatException if a row breaks the format
   * @throws IOException if reading fails
   */
  static List<OutageRow> read(String file, Reader in, Set<String> services) throws IOException {
    try (CsvTable table = CsvTable.open(file, in, REQUIRED, OPTIONAL)) {
      return read(table, services);
    }
  }

  private static List<OutageRow> read(CsvTable table, Set<String> services) throws IOException {
    List<OutageRow> outages = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
      String id = row.required("id");
      Integer earlier = lines.putIfAbsent(id, row.line());
      if (earlier != null) {
        throw row.error("id",
            "outage id '" + Limits.shown(id) + "' is used on line " + earlier + " already");
      }
      String service = row.required("service");
      if (!services.contains(service)) {
        throw row.error("service", "unknown service '" + Limits.shown(service)
            + "'; the agreements cover "
            + String.join(", ", new TreeSet<>(services)));
      }
      Instant start = row.requiredInstant("start");
      Instant end = row.requiredInstant("end");
      if (!end.isAfter(start)) {
        throw row.error("end", "the outage must end after it starts (" + start + ")");
      }
      Optional<OutageCause> cause = cause(row);
      Optional<Instant> announced = row.has("announced_at")
          ? row.instant("announced_at") : Optional.empty();
      if (announced.isPresent() && !cause.equals(Optional.of(OutageCause.PLANNED_MAINTENANCE))) {
        throw row.error("announced_at", "only planned maintenance is announced, but the cause is "
            + cause.map(OutageRow::text).orElse("empty (unplanned)"));
      }
      BigDecimal impact = row.has("impact")
          ? row.decimal("impact").orElse(BigDecimal.ONE) : BigDecimal.ONE;
      if (impact.signum() <= 0 || impact.compareTo(BigDecimal.ONE) > 0) {
        throw row.error("impact", "impact " + impact.toPlainString()
            + " is not more than 0 and at most 1");
      }
      outages.add(new OutageRow(id, service, start, end, cause, announced, impact, row.line()));
    }
    return outages;
  }

  private static Optional<OutageCause> cause(CsvTable.Row row) throws CsvFormatException {
    if (!row.has("cause")) {
      return Optional.empty();
    }
    String text = row.text("cause");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (OutageCause c : OutageCause.predefined()) {
      if (OutageRow.text(c).equalsIgnoreCase(text.replace('_', '-'))) {
        return Optional.of(c);
      }
    }
    List<String> known = new ArrayList<>();
    for (OutageCause c : OutageCause.predefined()) {
      known.add(OutageRow.text(c));
    }
    throw row.error("cause", "unknown cause '" + Limits.shown(text)
        + "'; leave it empty for an unplanned"
        + " outage or use one of " + String.join(", ", known));
  }
}
