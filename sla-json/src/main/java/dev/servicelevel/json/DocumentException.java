package dev.servicelevel.json;

import java.util.List;
import java.util.Objects;

/**
 * A document that cannot be read: it lists every problem found, each with its place and rule.
 * Nothing read from such a document is returned, in part or whole.
 *
 * <pre>{@code
 * try {
 *   AgreementDocuments.read(text);
 * } catch (DocumentException e) {
 *   for (Problem p : e.problems()) {
 *     System.err.println(p);   // sla.yaml:12:14 /spec/targets/0/minimum: ... [model]
 *   }
 * }
 * }</pre>
 *
 * <p>At most {@value #MAX_PROBLEMS} problems are listed; when there were more, the last one
 * says so (rule {@code limit}). This class is immutable and thread-safe.
 */
public class DocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most problems one exception lists: {@value}. */
  public static final int MAX_PROBLEMS = 100;

  /** The problems; an unmodifiable list is serializable. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems  the problems, at least one, not null
   * @throws IllegalArgumentException if the list is empty
   */
  public DocumentException(List<Problem> problems) {
    super(message(Objects.requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Gets every problem found, in the order of the text where possible.
   *
   * @return the problems, at least one, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A document exception needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in ")
        .append(problems.get(0).source());
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }
}
