package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * A CSV file read record by record with FastCSV: a header line naming the columns, then one
 * record per line. Only the header and the current record are held, never the whole file.
 *
 * <p>The format is RFC 4180 without line breaks inside a cell: cells are separated by commas, a
 * cell may be quoted with double quotes (a comma inside quotes is text, a doubled quote is one
 * quote), and blank lines are skipped. Every problem is reported as a {@link CsvFormatException}
 * naming the file, line and column. Column order is free; the header decides. Every record must
 * have as many cells as the header has columns (FastCSV would compare with the first record).
 *
 * <p>Limits: a line holds at most {@value #MAX_LINE_CHARACTERS} characters (a longer one is
 * rejected without being read whole, so a file of garbage without line breaks costs no more
 * memory); the text must be UTF-8; date-times must lie within {@link Limits#EARLIEST} and
 * {@link Limits#LATEST} and decimals within {@link Limits#requireDecimal}'s bounds. Messages
 * quote a cell or header name through {@link Limits#shown}: cut to
 * {@value Limits#MAX_SHOWN_CHARACTERS} characters, control and bidi characters escaped.
 *
 * <p>A {@link LineCheck} in front of FastCSV enforces the line limit, the UTF-8 check and the
 * quoting rules as the characters stream by, so that every such problem is named with its line
 * and column (FastCSV's own errors name only the line); FastCSV splits the checked text, with
 * unclosed quotes rejected and its buffer bounded as a second guard.
 */
final class CsvTable implements Closeable {

  /** The most characters a line may hold. */
  static final int MAX_LINE_CHARACTERS = 100_000;

  private final String file;
  private final List<String> header;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;

  private CsvTable(String file, List<String> header, CsvReader<CsvRecord> reader,
      CloseableIterator<CsvRecord> records) {
    this.file = file;
    this.header = header;
    this.reader = reader;
    this.records = records;
  }

  /**
   * Opens a table: reads and checks its header; the records follow with {@link #next()}.
   *
   * @param file  the file's name as the user gave it, for messages
   * @param in  the text, closed by the caller
   * @param required  columns the header must have
   * @param optional  further columns the header may have; null to accept any further column
   * @return the table, positioned after the header
   * @throws CsvFormatException if the text is not well-formed CSV or the header is wrong
   * @throws IOException if reading fails
   */
  static CsvTable open(String file, Reader in, List<String> required, Set<String> optional)
      throws IOException {
    PushbackReader bom = new PushbackReader(in, 1);
    int first;
    try {
      first = bom.read();
    } catch (CharacterCodingException e) {
      throw new CsvFormatException(file, 1, 0, null,
          "is not UTF-8 text: this line has bytes that are not UTF-8");
    }
    if (first >= 0 && first != '\uFEFF') {
      bom.unread(first);
    }
    CsvReader<CsvRecord> reader = CsvReader.builder()
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        .maxBufferSize(4 * MAX_LINE_CHARACTERS)
        .ofCsvRecord(new LineCheck(file, bom));
    CloseableIterator<CsvRecord> records = reader.iterator();
    CsvRecord headerRecord = nextRecord(file, records);
    if (headerRecord == null) {
      throw new CsvFormatException(file, 0, 0, null,
          "is empty; the first line must name the columns " + String.join(",", required));
    }
    List<String> header = checkHeader(
        file, line(headerRecord), headerRecord.getFields(), required, optional);
    return new CsvTable(file, header, reader, records);
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the file
   * @throws CsvFormatException if the text is not well-formed CSV or the record has another
   *     number of cells than the header has columns
   * @throws IOException if reading fails
   */
  Row next() throws IOException {
    CsvRecord record = nextRecord(file, records);
    if (record == null) {
      return null;
    }
    int line = line(record);
    if (record.getFieldCount() != header.size()) {
      throw new CsvFormatException(file, line, 0, null, "has " + record.getFieldCount()
          + " cells but the header has " + header.size() + " columns");
    }
    return new Row(file, line, header, record.getFields());
  }

  /** Closes FastCSV's reader (and the text it reads). */
  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static int line(CsvRecord record) {
    // LineCheck rejects a file before its line count passes Integer.MAX_VALUE.
    return (int) record.getStartingLineNumber();
  }

  /** The next record that is not a blank line, or null; unwraps FastCSV's wrapped exceptions. */
  private static CsvRecord nextRecord(String file, CloseableIterator<CsvRecord> records)
      throws IOException {
    try {
      while (records.hasNext()) {
        CsvRecord record = records.next();
        if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
          continue;
        }
        return record;
      }
      return null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new CsvFormatException(file, 0, 0, null,
          "is not well-formed CSV: " + Limits.shown(e.getMessage()));
    }
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

  /**
   * Checks the text as it streams to FastCSV, character by character, holding no line: line
   * length, UTF-8, and the quoting rules (a quote opens a cell only at its start, a quoted cell
   * closes on its line, nothing but a comma follows a closing quote). Throws a
   * {@link CsvFormatException} naming the line and column before FastCSV sees the bad text;
   * the text before it is handed out first, so problems are reported in file order.
   */
  private static final class LineCheck extends FilterReader {
    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final String file;
    private long line = 1;
    private int length;
    private int column = 1;
    private int cellStart = 1;
    private int state = START;
    private boolean afterCarriageReturn;
    private CsvFormatException pending;

    LineCheck(String file, Reader in) {
      super(in);
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      if (pending != null) {
        throw pending;
      }
      int n;
      try {
        n = in.read(buffer, offset, count);
      } catch (CharacterCodingException e) {
        throw new CsvFormatException(file, (int) line, 0, null,
            "is not UTF-8 text: this line has bytes that are not UTF-8");
      }
      if (n < 0) {
        if (state == QUOTED) {
          throw notClosed();
        }
        return n;
      }
      for (int i = offset; i < offset + n; i++) {
        try {
          check(buffer[i]);
        } catch (CsvFormatException e) {
          if (i == offset) {
            throw e;
          }
          // Hand out the good text first: the records before the bad line are checked first.
          pending = e;
          return i - offset;
        }
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void check(char c) throws CsvFormatException {
      if (c == '\n' && afterCarriageReturn) {
        afterCarriageReturn = false;
        return;
      }
      if (c == '\n' || c == '\r') {
        if (state == QUOTED) {
          throw notClosed();
        }
        if (line == Integer.MAX_VALUE) {
          throw new CsvFormatException(file, 0, 0, null,
              "has more than " + Integer.MAX_VALUE + " lines");
        }
        line++;
        length = 0;
        column = 1;
        cellStart = 1;
        state = START;
        afterCarriageReturn = c == '\r';
        return;
      }
      afterCarriageReturn = false;
      if (c == '\uFFFD') {
        throw new CsvFormatException(file, (int) line, 0, null, "is not UTF-8 text: character "
            + (length + 1) + " of the line is a byte sequence that is not UTF-8"
            + " (or U+FFFD, the replacement character)");
      }
      if (length == MAX_LINE_CHARACTERS) {
        throw new CsvFormatException(file, (int) line, 0, null,
            "the line is longer than " + MAX_LINE_CHARACTERS + " characters");
      }
      length++;
      switch (state) {
        case QUOTED -> {
          if (c == '"') {
            state = QUOTE_IN_QUOTED;
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (c == '"') {
            state = QUOTED;
          } else if (c == ',') {
            nextCell();
          } else {
            throw new CsvFormatException(file, (int) line, column, null,
                "text after the closing quote of a quoted cell");
          }
        }
        case START -> {
          if (c == '"') {
            state = QUOTED;
          } else if (c == ',') {
            nextCell();
          } else {
            state = UNQUOTED;
          }
        }
        default -> {
          if (c == ',') {
            nextCell();
          }
        }
      }
    }

    private void nextCell() {
      column++;
      cellStart = length + 1;
      state = START;
    }

    private CsvFormatException notClosed() {
      return new CsvFormatException(file, (int) line, column, null,
          "a quoted cell is not closed (starts at character " + cellStart + ")");
    }
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
