package dev.servicelevel.evaluation;

import dev.servicelevel.evaluation.timer.TicketHistory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The observations of a period evaluation, as sources the evaluation reads once: outages, ticket
 * histories, and samples or event counts per measurement target (by target id).
 *
 * <p>Sources are held, not copied, so they may be large or lazy: a list, a database cursor
 * wrapped as an {@link Iterable}, or a stream ({@code stream::iterator}, which may be read only
 * once, so use it for one evaluation). Each source may be given several times; they are read in
 * the order given.
 *
 * <pre>{@code
 * Observations observations = Observations.builder()
 *     .outages(outageRepository.inMonth(march))
 *     .tickets(ticketStream::iterator)
 *     .samples("latency", latencySamples)
 *     .counts("checkout-success", checkoutCounts)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its sources are.
 */
public final class Observations {

  private static final Observations EMPTY = builder().build();

  private final List<Iterable<Outage>> outages;
  private final List<Iterable<TicketHistory>> tickets;
  private final Map<String, List<Iterable<Sample>>> samples;
  private final Map<String, List<Iterable<EventCount>>> counts;

  private Observations(Builder b) {
    this.outages = List.copyOf(b.outages);
    this.tickets = List.copyOf(b.tickets);
    this.samples = copy(b.samples);
    this.counts = copy(b.counts);
  }

  private static <T> Map<String, List<Iterable<T>>> copy(Map<String, List<Iterable<T>>> m) {
    Map<String, List<Iterable<T>>> c = new LinkedHashMap<>();
    m.forEach((k, v) -> c.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(c);
  }

  /**
   * Obtains observations with no sources.
   *
   * @return the empty observations, not null
   */
  public static Observations empty() {
    return EMPTY;
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the outage sources.
   *
   * @return the sources in the order given, not null
   */
  public List<Iterable<Outage>> outages() {
    return outages;
  }

  /**
   * Gets the ticket sources.
   *
   * @return the sources in the order given, not null
   */
  public List<Iterable<TicketHistory>> tickets() {
    return tickets;
  }

  /**
   * Gets the sample sources by measurement target id.
   *
   * @return the sources, not null
   */
  public Map<String, List<Iterable<Sample>>> samples() {
    return samples;
  }

  /**
   * Gets the event count sources by measurement target id.
   *
   * @return the sources, not null
   */
  public Map<String, List<Iterable<EventCount>>> counts() {
    return counts;
  }

  /**
   * Outputs the shape of the observations, such as {@code "observations (1 outage source, 1 ticket
   * source, samples for [latency], counts for []"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "observations (" + outages.size() + " outage sources, " + tickets.size()
        + " ticket sources, samples for " + samples.keySet() + ", counts for " + counts.keySet()
        + ")";
  }

  /** A builder of observations; every source is optional and may be given several times. */
  public static final class Builder {
    private final List<Iterable<Outage>> outages = new ArrayList<>();
    private final List<Iterable<TicketHistory>> tickets = new ArrayList<>();
    private final Map<String, List<Iterable<Sample>>> samples = new LinkedHashMap<>();
    private final Map<String, List<Iterable<EventCount>>> counts = new LinkedHashMap<>();

    Builder() {}

    /**
     * Adds a source of outages.
     *
     * @param source  the outages, not null
     * @return this builder, not null
     */
    public Builder outages(Iterable<Outage> source) {
      outages.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Adds a source of ticket histories.
     *
     * @param source  the histories, not null
     * @return this builder, not null
     */
    public Builder tickets(Iterable<TicketHistory> source) {
      tickets.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Adds a source of samples for a measurement target.
     *
     * @param targetId  the id of a measurement target that takes samples, not null
     * @param source  the samples, not null
     * @return this builder, not null
     */
    public Builder samples(String targetId, Iterable<Sample> source) {
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(source, "source");
      samples.computeIfAbsent(targetId, k -> new ArrayList<>()).add(source);
      return this;
    }

    /**
     * Adds a source of event counts for a measurement target.
     *
     * @param targetId  the id of a ratio or ratio-timeslice target, not null
     * @param source  the counts, not null
     * @return this builder, not null
     */
    public Builder counts(String targetId, Iterable<EventCount> source) {
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(source, "source");
      counts.computeIfAbsent(targetId, k -> new ArrayList<>()).add(source);
      return this;
    }

    /**
     * Builds the observations; the builder may be used again.
     *
     * @return the observations, not null
     */
    public Observations build() {
      return new Observations(this);
    }
  }
}
