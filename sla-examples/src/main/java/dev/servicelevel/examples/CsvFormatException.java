package dev.servicelevel.examples;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem in a CSV input file, located by file, line and column, such as {@code tickets.csv
 * line 17, column 2 (at): '2025-10-32T08:00+02:00' is not a date-time with offset such as
 * 2025-10-01T08:15:00+02:00}. The example evaluates nothing from a file with such a problem.
 */
public final class CsvFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String columnName;

  /**
   * Creates an exception for a cell, a whole line (column 0) or the file (line 0).
   *
   * @param file  the file as the user named it, not null
   * @param line  the line number, 1 for the header, 0 when the problem is the whole file
   * @param column  the column number, from 1, 0 when the problem is the whole line
   * @param columnName  the column's header name, null when the problem is not in one column
   * @param problem  what is wrong, a plain sentence without trailing period, not null
   */
  CsvFormatException(String file, int line, int column, String columnName, String problem) {
    super(location(file, line, column, columnName) + ": " + Objects.requireNonNull(problem, "problem"));
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
  }

  private static String location(String file, int line, int column, String columnName) {
    Objects.requireNonNull(file, "file");
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (column > 0) {
      sb.append(", column ").append(column);
      if (columnName != null) {
        sb.append(" (").append(columnName).append(')');
      }
    }
    return sb.toString();
  }

  /**
   * Gets the file as the user named it.
   *
   * @return the file, not null
   */
  public String file() {
    return file;
  }

  /**
   * Gets the line number of the problem, 1 being the header.
   *
   * @return the line, 0 when the problem concerns the whole file
   */
  public int line() {
    return line;
  }

  /**
   * Gets the column number of the problem, from 1.
   *
   * @return the column, 0 when the problem concerns the whole line
   */
  public int column() {
    return column;
  }

  /**
   * Gets the header name of the column of the problem.
   *
   * @return the column name, empty when the problem is not in one column
   */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }
}
