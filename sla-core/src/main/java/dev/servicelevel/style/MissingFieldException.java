package dev.servicelevel.style;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exception a generated builder throws when {@code build()} is called before every required
 * field is set, with a message that names the value type and the missing fields, such as
 * {@code "Agreement is missing required field: id"} or
 * {@code "Agreement is missing required fields: id, title"}.
 *
 * <p>Immutables constructs it (see {@link ValueStyle}) with the names of the missing attributes
 * only, so the name of the value type is read from the generated builder's frame on the stack:
 * the innermost frame of a class named {@code ImmutableX$Builder} names type {@code X}. This runs
 * only when a build fails. The public builders rethrow it as a plain {@link IllegalStateException}
 * ({@link #build(Supplier)}), the type they document.
 *
 * <p>This class is internal to sla-core (its package is not exported).
 */
public final class MissingFieldException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern BUILDER = Pattern.compile("(?:.*\\.)?Immutable([^.$]+)\\$Builder");

  /**
   * Creates the exception for the names of the missing fields, called by generated builders.
   *
   * @param missing  the names of the missing fields, in declaration order, not null
   */
  public MissingFieldException(String... missing) {
    super(message(typeOfBuilder(), List.of(missing)));
  }

  /**
   * Runs a generated builder's {@code build()} and turns this exception into a plain
   * {@link IllegalStateException} with the same message, so that the public builders throw
   * exactly the type they document and no type of this unexported package reaches callers.
   *
   * @param <T>  the built type
   * @param build  the generated {@code build()}, not null
   * @return the built value, not null
   * @throws IllegalStateException if a required field is missing
   */
  public static <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (MissingFieldException e) {
      throw new IllegalStateException(e.getMessage());
    }
  }

  /**
   * Formats the message for a value type and the names of its missing fields; a single text that
   * is not a field name (Immutables' report of derived attributes that depend on each other, a
   * defect of the type, not of its input) is kept as the reason.
   */
  static String message(String type, List<String> missing) {
    if (missing.size() == 1 && !FIELD.matcher(missing.get(0)).matches()) {
      return type + " cannot be built: " + missing.get(0);
    }
    return type
        + " is missing required field"
        + (missing.size() == 1 ? "" : "s")
        + ": "
        + String.join(", ", missing);
  }

  /** Reads the value type's name from the innermost generated builder frame. */
  private static String typeOfBuilder() {
    Optional<String> type =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .map(f -> BUILDER.matcher(f.getClassName()))
                        .filter(Matcher::matches)
                        .map(m -> m.group(1))
                        .findFirst());
    return type.orElse("Value");
  }
}
