package dev.servicelevel.json;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The text formats of servicelevel's documents: YAML and JSON.
 *
 * <p>A text is JSON when its first character other than white space or a byte order mark is
 * <code>{</code> or {@code [}; otherwise it is read as YAML. A file is JSON when its name ends
 * in {@code .json}, YAML when it ends in {@code .yaml} or {@code .yml}.
 */
public enum DocumentFormat {
  /** YAML 1.2: a stream of one or more documents separated by {@code ---}. */
  YAML,
  /** JSON (RFC 8259): exactly one document. */
  JSON;

  /**
   * Detects the format of a text from its first significant character.
   *
   * <pre>{@code
   * DocumentFormat.detect("{\"apiVersion\": ...}");   // JSON
   * DocumentFormat.detect("apiVersion: ...");         // YAML
   * }</pre>
   *
   * @param text  the text, not null
   * @return JSON if the text starts with an object or an array, else YAML
   */
  public static DocumentFormat detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return JSON;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return YAML;
      }
    }
    return YAML;
  }

  /**
   * Gets the format a file name stands for.
   *
   * @param file  the file, not null
   * @return JSON for {@code .json}, YAML for {@code .yaml} and {@code .yml} (any case), else
   *     empty
   */
  public static Optional<DocumentFormat> ofFileName(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
