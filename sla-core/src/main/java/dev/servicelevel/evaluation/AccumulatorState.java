package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.ServiceWindow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a {@link PeriodAccumulator} as data: what it has collected for each of its
 * targets, so that a shard's accumulator can be stored or sent to another process and restored
 * there ({@link PeriodAccumulator#restore}) to merge and report as if it had never left.
 *
 * <p>The law: for accumulators {@code a} and {@code b} of one scope,
 * {@code restore(.., a.state()).merge(b).report()} equals {@code a.merge(b).report()}, and
 * {@code restore(.., s).state()} equals {@code s}.
 *
 * <h2>Forms</h2>
 * <ul>
 *   <li><b>Binary</b> ({@link #toBytes()}, {@link #fromBytes(byte[])}): the magic bytes
 *       {@code SLAS}, the format version ({@value #FORMAT_VERSION}) as a varint, then the tree
 *       below, each value tagged; strings are written once and referred to by number after.
 *       Deterministic: equal states give equal bytes.</li>
 *   <li><b>Tree</b> ({@link #tree()}, {@link #fromTree(Map)}): nested maps (with string keys, in
 *       a fixed order) and lists whose leaves are {@code String}, {@code Long} (counts, at least
 *       0), {@code Boolean}, {@code BigDecimal} and {@code Instant}. {@code fromTree} also takes
 *       a decimal or an instant in its text form ({@code "99.95"}, RFC 3339), and any integral
 *       {@code Number} for a count, so that a JSON form maps onto it part by part (sla-json's
 *       {@code AccumulatorStateJson}).</li>
 * </ul>
 *
 * <h2>The tree</h2>
 * The root holds the scope: {@code agreement} (its id), {@code digest} (SHA-256 of the
 * agreement's text forms: targets, windows and their calendars, credit policy, outage causes,
 * zone and validity; 32 hex digits), {@code date}, {@code asOf}, the options
 * {@code worstRecords}, {@code explanationPage}, {@code unevaluableRecords}; then
 * {@code targets}, one map per target in the agreement's order with {@code target} (its id),
 * {@code kind} and {@code reasons} (count per reason), and by kind:
 * <ul>
 *   <li>{@code availability}: {@code countedRecords}, {@code excludedRecords} (explained records:
 *       {@code id, counted, code, reason, amount, figures}), {@code unevaluableCount},
 *       {@code unevaluableRecords} ({@code kind, id, target, reason, text}),
 *       {@code outagesCounted}, {@code outagesNotCounted}, {@code downtime} (the steps of the
 *       downtime's impact: {@code at, impact}, canonical);</li>
 *   <li>{@code ticketTimer}: {@code breachedRecords}, {@code notCountedRecords},
 *       {@code unevaluableCount}, {@code unevaluableRecords}, {@code met}, {@code breached},
 *       {@code pending}, {@code excluded};</li>
 *   <li>{@code samples} (percentile, mean, max, occurrences): {@code worstRecords},
 *       {@code outsideRecords}, {@code samples}, {@code meeting}, {@code sum}, {@code max} (once
 *       there are samples), and for a percentile {@code scale} and {@code distribution}
 *       ({@code value, count}, ascending);</li>
 *   <li>{@code ratio}: {@code worstRecords}, {@code outsideRecords}, {@code countedEvents},
 *       {@code totalEvents};</li>
 *   <li>{@code slices} (timeslices, ratio timeslices): {@code worstRecords},
 *       {@code outsideRecords}, {@code slices} ({@code index, counted, total}, ascending).</li>
 * </ul>
 * Every explanation list holds all the records kept (up to the options' page's end), worst
 * first.
 *
 * <h2>Versions</h2>
 * A state records its format version; this library reads version {@value #FORMAT_VERSION} only
 * and rejects any other with an {@link AccumulatorStateException}. The digest is computed from
 * the agreement's text forms, so a state restores only against an agreement that reads alike in
 * the same library version; restore within one version of the library.
 *
 * <pre>{@code
 * byte[] bytes = shard.state().toBytes();            // send to the reducer
 * PeriodAccumulator again = PeriodAccumulator.restore(
 *     sla, date, asOf, options, AccumulatorState.fromBytes(bytes));
 * total.merge(again);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccumulatorState {

  /** The format version this library writes and reads: {@value}. */
  public static final int FORMAT_VERSION = 1;

  private final Map<String, Object> tree;

  private AccumulatorState(Map<String, Object> tree) {
    this.tree = tree;
  }

  /**
   * Reads a state from its binary form ({@link #toBytes()}).
   *
   * @param bytes  the bytes, not null
   * @return the state, not null
   * @throws NullPointerException if the bytes are null
   * @throws AccumulatorStateException if the bytes are truncated or corrupt, do not start with
   *     the magic bytes, are of another format version, or a part breaks the rules of
   *     {@link #fromTree(Map)}
   */
  public static AccumulatorState fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new AccumulatorState(StateSchema.normalize(StateCodec.read(bytes)));
  }

  /**
   * Builds a state from its tree (see the class description), checking every part exactly as
   * {@link #fromBytes(byte[])} does.
   *
   * <pre>{@code
   * AccumulatorState copy = AccumulatorState.fromTree(state.tree());   // equal to state
   * }</pre>
   *
   * @param tree  the tree, not null
   * @return the state, not null
   * @throws NullPointerException if the tree is null
   * @throws AccumulatorStateException naming the part by its JSON pointer if a part is missing,
   *     unknown, of the wrong type or out of its bounds (counts from 0 to
   *     {@code Long.MAX_VALUE}; decimals with at most 40 digits after the point; instants within
   *     {@link Limits#EARLIEST} and {@link Limits#LATEST})
   */
  public static AccumulatorState fromTree(Map<String, ?> tree) {
    Objects.requireNonNull(tree, "tree");
    return new AccumulatorState(StateSchema.normalize(tree));
  }

  /**
   * Gets the state's tree (see the class description): unmodifiable maps, in a fixed order, and
   * lists.
   *
   * @return the tree, not null
   */
  public Map<String, Object> tree() {
    return tree;
  }

  /**
   * Writes the binary form, deterministic: equal states give equal bytes.
   *
   * @return the bytes, a new array, not null
   */
  public byte[] toBytes() {
    return StateCodec.write(tree);
  }

  /**
   * Gets the id of the agreement the state was taken for.
   *
   * @return the id, not null
   */
  public String agreementId() {
    return (String) tree.get("agreement");
  }

  /**
   * Gets the date of the periods the state was taken for.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return LocalDate.parse((String) tree.get("date"));
  }

  /**
   * Gets the instant the state's accumulator evaluates as of.
   *
   * @return the instant, not null
   */
  public Instant asOf() {
    return (Instant) tree.get("asOf");
  }

  /** The scope part of a tree: everything but the targets. */
  static Map<String, Object> scope(
      Agreement agreement, LocalDate date, Instant asOf, EvaluationOptions options) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("agreement", agreement.id());
    scope.put("digest", digest(agreement));
    scope.put("date", date.toString());
    scope.put("asOf", asOf);
    scope.put("worstRecords", (long) options.worstRecords());
    scope.put("explanationPage", (long) options.explanationPage());
    scope.put("unevaluableRecords", (long) options.unevaluableRecords());
    return scope;
  }

  /** Builds a state from a tree an accumulator exported; checked all the same. */
  static AccumulatorState of(Map<String, Object> tree) {
    return new AccumulatorState(StateSchema.normalize(tree));
  }

  /** Checks that the state belongs to the scope, whose parts are given as a tree. */
  void requireScope(Map<String, Object> scope) {
    for (Map.Entry<String, Object> e : scope.entrySet()) {
      if (!e.getValue().equals(tree.get(e.getKey()))) {
        throw new AccumulatorStateException(
            "",
            "Accumulator state belongs to another scope: the state's is " + describe(tree)
                + "; the one to restore is " + describe(scope));
      }
    }
  }

  private static String describe(Map<String, Object> scope) {
    return Limits.shown(scope.get("agreement")) + " " + scope.get("date") + " as of "
        + scope.get("asOf") + " (digest " + scope.get("digest") + ", worst records "
        + scope.get("worstRecords") + ", page " + scope.get("explanationPage")
        + ", unevaluable records " + scope.get("unevaluableRecords") + ")";
  }

  /** The targets' trees, in order. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> targets() {
    return (List<Map<String, Object>>) tree.get("targets");
  }

  /**
   * A stable digest of what an agreement evaluates by: SHA-256 of its text forms, 32 hex
   * digits.
   */
  static String digest(Agreement agreement) {
    StringBuilder text = new StringBuilder();
    text.append(agreement.id()).append('\n')
        .append(agreement.validity()).append('\n')
        .append(agreement.zone()).append('\n');
    for (MetricTarget t : agreement.targets()) {
      text.append(t).append('\n');
    }
    for (ServiceWindow w : agreement.windows()) {
      text.append(w).append('\n');
    }
    text.append(agreement.creditPolicy().map(Object::toString).orElse("-")).append('\n');
    text.append(agreement.outageCauses()).append('\n');
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16))
            .append(Character.forDigit(hash[i] & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Compares by content: the trees are equal.
   *
   * @param other  the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof AccumulatorState && tree.equals(((AccumulatorState) other).tree));
  }

  /**
   * Gets a hash code of the content.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  /**
   * Outputs the scope, such as {@code "accumulator state ecoshop-sla 2025-03-01 as of
   * 2025-04-01T00:00:00Z, 5 targets"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "accumulator state " + Limits.shown(agreementId()) + " " + tree.get("date")
        + " as of " + asOf() + ", " + targets().size() + " targets";
  }
}
