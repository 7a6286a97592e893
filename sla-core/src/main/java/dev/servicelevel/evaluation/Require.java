package dev.servicelevel.evaluation;

/** One-line argument checks with uniform messages: a plain sentence, a colon, the values. */
final class Require {

  private Require() {}

  static void argument(boolean condition, String message, Object... values) {
    if (!condition) {
      StringBuilder sb = new StringBuilder(message);
      for (int i = 0; i < values.length; i++) {
        sb.append(i == 0 ? ": " : " / ").append(values[i]);
      }
      throw new IllegalArgumentException(sb.toString());
    }
  }
}
