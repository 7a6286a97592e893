package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file read whole: a header line naming the columns, then one record per line.
 *
 * <p>The format is RFC 4180 without line breaks inside a cell: cells are separated by commas, a
 * cell may be quoted with double quotes (a comma inside quotes is text, a doubled quote is one
 * quote), and blank lines are skipped. Every problem is reported as a {@link CsvFormatException}
 * naming the file, line and column. Column order is free; the header decides.
 *
 * <p>Limits: a line holds at most {@value #MAX_LINE_CHARACTERS} characters (a longer one is
 * rejected without being read whole, so a file of garbage without line breaks costs no more
 * memory); the text must be UTF-8; date-times must lie within {@link Limits#EARLIEST} and
 * {@link Limits#LATEST} and decimals within {@link Limits#requireDecimal}'s bounds. Messages
 * quote a cell or header name through {@link Limits#shown}: cut to
 * {@value Limits#MAX_SHOWN_CHARACTERS} characters, control and bidi characters escaped.
 */
final class CsvTable {

  /** The most characters a line may hold. */
  static final int MAX_LINE_CHARACTERS = 100_000;

  private final String file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads a table and checks its header.
   *
   * @param file  the file's name as the user gave it, for messages
   * @param in  the text, closed by the caller
   * @param required  columns the header must have
   * @param optional  further columns the header may have; null to accept any further column
   * @return the table
   * @throws CsvFormatException if the text is not well-formed CSV or the header is wrong
   * @throws IOException if reading fails
   */
  static CsvTable read(String file, Reader in, List<String> required, Set<String> optional)
      throws IOException {
    BufferedReader reader = new BufferedReader(in);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    String text;
    int lineNumber = 0;
    StringBuilder buffer = new StringBuilder();
    while ((text = readLine(file, lineNumber + 1, reader, buffer)) != null) {
      lineNumber++;
      if (lineNumber == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      List<String> cells = split(file, lineNumber, text);
      if (header == null) {
        header = checkHeader(file, lineNumber, cells, required, optional);
        continue;
      }
      if (cells.size() != header.size()) {
        throw new CsvFormatException(file, lineNumber, 0, null,
            "has " + cells.size() + " cells but the header has " + header.size() + " columns");
      }
      rows.add(new Row(file, lineNumber, header, cells));
    }
    if (header == null) {
      throw new CsvFormatException(file, 0, 0, null,
          "is empty; the first line must name the columns " + String.join(",", required));
    }
    return new CsvTable(file, header, Collections.unmodifiableList(rows));
  }

  /**
   * Reads a line like {@link BufferedReader#readLine}, but never more than
   * {@link #MAX_LINE_CHARACTERS} characters of it, and names the line of bytes that are not UTF-8.
   */
  private static String readLine(String file, int line, BufferedReader reader,
      StringBuilder buffer) throws IOException {
    buffer.setLength(0);
    try {
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n' && c != '\r') {
        if (c == '\uFFFD') {
          throw new CsvFormatException(file, line, 0, null, "is not UTF-8 text: character "
              + (buffer.length() + 1) + " of the line is a byte sequence that is not UTF-8"
              + " (or U+FFFD, the replacement character)");
        }
        if (buffer.length() == MAX_LINE_CHARACTERS) {
          throw new CsvFormatException(file, line, 0, null,
              "the line is longer than " + MAX_LINE_CHARACTERS + " characters");
        }
        buffer.append((char) c);
        c = reader.read();
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
      }
    } catch (CharacterCodingException e) {
      throw new CsvFormatException(file, line, 0, null,
          "is not UTF-8 text: this line has bytes that are not UTF-8");
    }
    return buffer.toString();
  }

  private static List<String> checkHeader(
      String file, int line, List<String> cells, List<String> required, Set<String> optional)
      throws CsvFormatException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).trim();
      if (name.isEmpty()) {
        throw new CsvFormatException(file, line, i + 1, null, "the header has an empty column name");
      }
      if (names.contains(name)) {
        throw new CsvFormatException(file, line, i + 1, Limits.shown(name),
            "the column is named twice");
      }
      if (optional != null && !required.contains(name) && !optional.contains(name)) {
        List<String> known = new ArrayList<>(required);
        optional.stream().sorted().forEach(known::add);
        throw new CsvFormatException(file, line, i + 1, Limits.shown(name),
            "unknown column '" + Limits.shown(name) + "'; the columns are "
                + String.join(", ", known));
      }
      names.add(name);
    }
    for (String name : required) {
      if (!names.contains(name)) {
        throw new CsvFormatException(file, line, 0, null,
            "the header lacks the column '" + name + "'; required columns are "
                + String.join(", ", required));
      }
    }
    return Collections.unmodifiableList(names);
  }

  /** Splits one line into cells (RFC 4180 quoting, no line breaks inside cells). */
  private static List<String> split(String file, int line, String text) throws CsvFormatException {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    int cellStart = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
        cellStart = i + 1;
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (wasQuoted) {
        throw new CsvFormatException(file, line, cells.size() + 1, null,
            "text after the closing quote of a quoted cell");
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new CsvFormatException(file, line, cells.size() + 1, null,
          "a quoted cell is not closed (starts at character " + (cellStart + 1) + ")");
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * Gets the file's name as the user gave it.
   *
   * @return the name
   */
  String file() {
    return file;
  }

  /**
   * Gets the column names in file order.
   *
   * @return the names
   */
  List<String> header() {
    return header;
  }

  /**
   * Gets the records, without the header and blank lines.
   *
   * @return the rows in file order
   */
  List<Row> rows() {
    return rows;
  }

  /** One record of the table with typed, located access to its cells. */
  static final class Row {
    private final String file;
    private final int line;
    private final List<String> header;
    private final List<String> cells;

    Row(String file, int line, List<String> header, List<String> cells) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.cells = cells;
    }

    /**
     * Gets the line number of the record in its file.
     *
     * @return the line, from 2
     */
    int line() {
      return line;
    }

    /**
     * Checks if the file has a column.
     *
     * @param column  the column name
     * @return true if the header names it
     */
    boolean has(String column) {
      return header.contains(column);
    }

    /**
     * Gets a cell's text without leading and trailing white space ({@link String#strip}: control
     * characters are kept, to be reported).
     *
     * @param column  the column name, one of the header's
     * @return the text, empty when the cell is empty
     */
    String text(String column) {
      return cells.get(index(column)).strip();
    }

    /**
     * Gets a cell that must not be empty.
     *
     * @param column  the column name
     * @return the text, not empty
     * @throws CsvFormatException if the cell is empty
     */
    String required(String column) throws CsvFormatException {
      String text = text(column);
      if (text.isEmpty()) {
        throw error(column, "the cell is empty but " + column + " is required");
      }
      return text;
    }

    /**
     * Gets a cell as an instant; the text is an ISO date-time with an offset.
     *
     * @param column  the column name
     * @return the instant, empty when the cell is empty
     * @throws CsvFormatException if the text is not such a date-time
     */
    Optional<Instant> instant(String column) throws CsvFormatException {
      String text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Instant at;
      try {
        at = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw error(column, "'" + Limits.shown(text)
            + "' is not a date-time with offset such as 2025-10-01T08:15:00+02:00 or 2025-10-01T06:15:00Z");
      }
      try {
        return Optional.of(Limits.requireInstant("the date-time", at));
      } catch (DateTimeException e) {
        throw error(column, "'" + Limits.shown(text) + "' is outside the supported range: "
            + e.getMessage());
      }
    }

    /**
     * Gets a cell as a required instant.
     *
     * @param column  the column name
     * @return the instant
     * @throws CsvFormatException if the cell is empty or not a date-time with offset
     */
    Instant requiredInstant(String column) throws CsvFormatException {
      required(column);
      return instant(column).orElseThrow();
    }

    /**
     * Gets a cell as a decimal number.
     *
     * @param column  the column name
     * @return the number, empty when the cell is empty
     * @throws CsvFormatException if the text is not a decimal number
     */
    Optional<BigDecimal> decimal(String column) throws CsvFormatException {
      String text = text(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(column,
            "'" + Limits.shown(text) + "' is not a decimal number such as 212 or 0.5");
      }
      try {
        return Optional.of(Limits.requireDecimal("the number", value));
      } catch (IllegalArgumentException e) {
        throw error(column, e.getMessage());
      }
    }

    /**
     * Creates an exception located at a cell of this record.
     *
     * @param column  the column name
     * @param problem  what is wrong, without trailing period
     * @return the exception, to be thrown
     */
    CsvFormatException error(String column, String problem) {
      return new CsvFormatException(file, line, index(column) + 1, column, problem);
    }

    private int index(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("No such column: " + column);
      }
      return i;
    }
  }
}
