package dev.servicelevel.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads lines of at most a number of characters from a reader into one reused buffer: memory
 * stays bounded by the longest accepted line, whatever the input. A longer line is skipped to
 * its end and reported as too long. Lines end with LF or CRLF; a CR before the LF is dropped.
 *
 * <p>Not thread-safe.
 */
final class LineSource {

  private final Reader in;
  private final int maxChars;
  private final char[] input = new char[8192];
  private int pos;
  private int limit;
  private boolean eof;

  private char[] line = new char[256];
  private int length;
  private boolean tooLong;
  private long lineNumber;

  LineSource(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the input
   */
  boolean next() {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int i = pos;
      while (i < limit && input[i] != '\n') {
        i++;
      }
      append(pos, i - pos);
      if (i < limit) {
        pos = i + 1;
        break;
      }
      pos = limit;
    }
    lineNumber++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (lineNumber == 1 && length > 0 && line[0] == '\uFEFF') {
      System.arraycopy(line, 1, line, 0, --length);
    }
    return true;
  }

  private void append(int from, int n) {
    if (tooLong) {
      return;
    }
    if (length + n > maxChars + 1) {
      // One more than the limit is kept, for a CR before the LF.
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(maxChars + 1, Math.max(length + n, line.length * 2)));
    }
    System.arraycopy(input, from, line, length, n);
    length += n;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(input, 0, input.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  char[] chars() {
    return line;
  }

  int length() {
    return length;
  }

  /** Checks if the line is longer than the limit (CR excluded); its characters are then lost. */
  boolean isTooLong() {
    return tooLong || length > maxChars;
  }

  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      char c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  long lineNumber() {
    return lineNumber;
  }
}
