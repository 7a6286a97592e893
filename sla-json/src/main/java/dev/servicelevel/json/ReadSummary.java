package dev.servicelevel.json;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link ObservationReader} read: lines, records delivered to the sink, records rejected
 * and the first problems in the order met.
 *
 * <p>Every rejected record is counted in {@link #rejected()}; at most
 * {@link ObservationReader#maxProblemsListed()} of them are listed in {@link #problems()}, so a
 * summary stays small whatever the file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadSummary {

  private final String source;
  private final long lines;
  private final long records;
  private final long rejected;
  private final List<ObservationProblem> problems;

  ReadSummary(
      String source, long lines, long records, long rejected, List<ObservationProblem> problems) {
    this.source = Objects.requireNonNull(source, "source");
    this.lines = lines;
    this.records = records;
    this.rejected = rejected;
    this.problems = List.copyOf(problems);
  }

  /**
   * Gets the name of the source read.
   *
   * @return the source name, not null
   */
  public String source() {
    return source;
  }

  /**
   * Gets the number of lines read, blank lines included.
   *
   * @return the lines, at least 0
   */
  public long lines() {
    return lines;
  }

  /**
   * Gets the number of records delivered to the sink and taken by it.
   *
   * @return the records, at least 0
   */
  public long records() {
    return records;
  }

  /**
   * Gets the number of records rejected: unreadable, breaking a rule of the format or the model,
   * or refused by the sink.
   *
   * @return the rejected records, at least 0
   */
  public long rejected() {
    return rejected;
  }

  /**
   * Gets the first problems, in the order they were met.
   *
   * @return at most {@link ObservationReader#maxProblemsListed()} problems, not null
   */
  public List<ObservationProblem> problems() {
    return problems;
  }

  /**
   * Checks if every record was taken.
   *
   * @return true if no record was rejected
   */
  public boolean isClean() {
    return rejected == 0;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReadSummary)) {
      return false;
    }
    ReadSummary s = (ReadSummary) o;
    return lines == s.lines
        && records == s.records
        && rejected == s.rejected
        && source.equals(s.source)
        && problems.equals(s.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, lines, records, rejected, problems);
  }

  /**
   * Outputs the summary, such as {@code "obs.jsonl: 1000 lines, 998 records, 2 rejected"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return dev.servicelevel.agreement.Limits.shown(source) + ": " + lines + " lines, " + records
        + " records, " + rejected + " rejected";
  }
}
