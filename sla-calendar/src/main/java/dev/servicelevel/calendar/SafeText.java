package dev.servicelevel.calendar;

/**
 * Renders values for exception messages and other output that reaches a terminal or a markup
 * document: control and bidirectional-formatting characters become visible {@code \}{@code uXXXX}
 * escapes, and a text longer than {@value #MAX_SHOWN_CHARACTERS} characters is cut with a note of
 * its full length, so that a message never echoes a 10 MB input or a terminal escape sequence.
 * Every module of servicelevel shows values this way (sla-core's {@code Limits.shown} is this).
 *
 * <pre>{@code
 * SafeText.shown("T-1\u001B[31m");   // "T-1\u001B[31m" with the ESC written as \u001B
 * SafeText.shown("x".repeat(200));   // 120 x's, then "… (200 characters)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SafeText {

  /** Characters of a value that are shown before the rest is cut: {@value}. */
  public static final int MAX_SHOWN_CHARACTERS = 120;

  private SafeText() {}

  /**
   * Renders a value for a message: unsafe characters escaped, cut after
   * {@link #MAX_SHOWN_CHARACTERS} characters with the full length noted.
   *
   * @param value  the value, may be null
   * @return the text to show, not null
   */
  public static String shown(Object value) {
    String text = String.valueOf(value);
    int length = text.length();
    int end = Math.min(length, MAX_SHOWN_CHARACTERS);
    StringBuilder sb = new StringBuilder(end + 32);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (length > end) {
      sb.append("… (").append(length).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Checks if a character must not reach a terminal or a markup document as it is: C0 and C1
   * controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
   *
   * @param c  the character
   * @return true if it should be escaped or replaced in output
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
