package dev.servicelevel.calendar;

/**
 * Renders values for exception messages as {@code Limits.shown} does in sla-core (which this
 * module cannot depend on): at most {@value #MAX_SHOWN_CHARACTERS} characters, then the length;
 * control and bidirectional-formatting characters escaped as {@code \\uXXXX}.
 */
final class Shown {

  static final int MAX_SHOWN_CHARACTERS = 120;

  private Shown() {}

  static String shown(Object value) {
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

  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
