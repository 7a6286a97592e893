package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sample file: one row per measurement.
 *
 * <p>Columns: {@code target} (the id of a measurement target, such as {@code latency}),
 * {@code at} (an ISO date-time with offset) and {@code value} (a decimal number in the target's
 * unit, such as milliseconds).
 */
final class SampleCsv {

  /** The columns of a sample file. */
  static final List<String> REQUIRED = List.of("target", "at", "value");

  private SampleCsv() {}

  /**
   * Reads the samples.
   *
   * @param file  the file's name for messages
   * @param in  the text
   * @param targets  the measurement target ids a sample may name
   * @return the samples in file order
   * @throws CsvFormatException if a row breaks the format
   * @throws IOException if reading fails
   */
  static List<SampleRow> read(String file, Reader in, Set<String> targets) throws IOException {
    try (CsvTable table = CsvTable.open(file, in, REQUIRED, Set.of())) {
      return read(table, targets);
    }
  }

  private static List<SampleRow> read(CsvTable table, Set<String> targets) throws IOException {
    List<SampleRow> samples = new ArrayList<>();
    for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
      String target = row.required("target");
      if (!targets.contains(target)) {
        throw row.error("target", "unknown measurement target '"
            + Limits.shown(target) + "'; the agreements measure "
            + String.join(", ", new TreeSet<>(targets)));
      }
      Instant at = row.requiredInstant("at");
      row.required("value");
      BigDecimal value = row.decimal("value").orElseThrow();
      samples.add(new SampleRow(target, at, value));
    }
    return samples;
  }
}
