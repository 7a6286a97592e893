package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TicketTimerTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

/**
 * A named way of breaking one rule of the agreement model: given randomness and a generated
 * chain, it returns a {@link Breakage}, the build through the public API that must fail and how.
 *
 * @param name  what the mutation does, such as "duplicate target id"
 * @param apply  draws the breakage for a chain
 */
record Mutation(String name, BiFunction<RandomGenerator, AgreementChain, Breakage> apply) {

  /** The rule every id follows, as the model's messages state it. */
  static final String ID_RULE =
      " must be letters, digits, '.', '_' or '-', starting with a letter or digit: '";

  /** The rule every condition field name follows, as the model's messages state it. */
  static final String FIELD_RULE =
      "Field name must be a letter or '_' then letters, digits, '_', '.' or '-', and not a"
          + " keyword: '";

  /** An id no generator produces, for references that must not resolve. */
  static final String MISSING = "missing.9";

  /**
   * A broken build and the exception it must throw.
   *
   * @param what  what was broken and where, for failure reports
   * @param type  the exception type
   * @param expected  the expected message, or a description of it
   * @param accepts  checks the actual message
   * @param build  the build through the public API
   */
  record Breakage(
      String what,
      Class<? extends RuntimeException> type,
      String expected,
      Predicate<String> accepts,
      Executable build) {

    void assertRejected() {
      RuntimeException e = assertThrows(type, build, what);
      assertTrue(accepts.test(e.getMessage()),
          () -> what + ": expected " + expected + " but was <" + e.getMessage() + ">");
      assertEquals(type, e.getClass(), what);
    }

    @Override
    public String toString() {
      return what + " -> " + type.getSimpleName() + " " + expected;
    }
  }

  /** A generated chain and the breakage drawn for it. */
  record Case(AgreementChain chain, Breakage breakage) {
    @Override
    public String toString() {
      return breakage + "\n" + AgreementGens.describe(chain);
    }
  }

  /** Generates chains with this mutation applied. */
  Gen<Case> cases() {
    return QuickTheoriesGens.of(
        r -> {
          AgreementChain chain = AgreementGens.chain(r);
          return new Case(chain, apply.apply(r, chain));
        });
  }

  @Override
  public String toString() {
    return name;
  }

  // ---- expectations ---------------------------------------------------------------------------

  static Breakage rejected(String what, String message, Executable build) {
    String shown = escaped(message);
    return new Breakage(what, IllegalArgumentException.class, "<" + shown + ">", shown::equals, build);
  }

  /**
   * The message as the model writes it: control characters and bidi overrides in the values it
   * shows are escaped as a backslash, 'u' and four hex digits ({@link Limits#shown(Object)}); the
   * rules' own words have none.
   */
  static String escaped(String message) {
    StringBuilder sb = new StringBuilder();
    for (char c : message.toCharArray()) {
      sb.append(Limits.isUnsafe(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  static Breakage nullRejected(String what, String parameter, Executable build) {
    return new Breakage(what, NullPointerException.class, "<" + parameter + ">", parameter::equals, build);
  }

  static Breakage incomplete(String what, String message, Executable build) {
    return new Breakage(what, IllegalStateException.class, "<" + message + ">", message::equals, build);
  }

  static Breakage rejectedMatching(
      String what, String description, Predicate<String> accepts, Executable build) {
    return new Breakage(what, IllegalArgumentException.class, description, accepts, build);
  }

  // ---- choices --------------------------------------------------------------------------------

  static <T> T pick(RandomGenerator r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  @SafeVarargs
  static <T> T pick(RandomGenerator r, T... values) {
    return values[r.nextInt(values.length)];
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static String badId(RandomGenerator r) {
    return pick(r, "", " ", "-lead", ".x", "_x", "a b", "é", "a/b", "x:y", "a\n");
  }

  static String badField(RandomGenerator r) {
    return pick(r, "", "1abc", "a b", "and", "or", "not", "in", "present", "event", "always",
        "never", "a/b", "-x", "ä", ".x");
  }

  static String blank(RandomGenerator r) {
    return pick(r, "", " ", "\t", "\n  ", "\u2003");
  }

  /** A number outside (0, 100]. */
  static BigDecimal badShare(RandomGenerator r) {
    return dec(pick(r, "0", "-1", "100.001", "101", "1000", "-0.001", "0.000", "100.0000001"));
  }

  /** A number outside [0, 100]. */
  static BigDecimal badPercentage(RandomGenerator r) {
    return dec(pick(r, "-0.001", "-1", "100.001", "250"));
  }

  static BigDecimal notPositive(RandomGenerator r) {
    return dec(pick(r, "0", "-1", "-0.001", "0.00", "-1000"));
  }

  static Duration notPositiveDuration(RandomGenerator r) {
    return pick(r, Duration.ZERO, Duration.ofNanos(-1), Duration.ofMinutes(-5), Duration.ofDays(-1));
  }

  // ---- where a mutation applies ---------------------------------------------------------------

  static Agreement sla(AgreementChain chain) {
    return chain.agreements().stream().filter(a -> a.kind() == AgreementKind.SLA).findFirst().orElseThrow();
  }

  static <T> List<T> replaced(List<T> values, T old, T replacement) {
    List<T> copy = new ArrayList<>(values);
    copy.set(copy.indexOf(old), replacement);
    return copy;
  }

  static <T> List<T> replacedAt(List<T> values, int index, T replacement) {
    List<T> copy = new ArrayList<>(values);
    copy.set(index, replacement);
    return copy;
  }

  static <T> List<T> plus(Collection<? extends T> values, T more) {
    List<T> copy = new ArrayList<>(values);
    copy.add(more);
    return copy;
  }

  /**
   * The agreements of a chain with at least {@code count} supporting agreements: the chain's own,
   * and new OLAs supporting the SLA where it has fewer.
   */
  static List<Agreement> withSupporters(RandomGenerator r, AgreementChain chain, int count) {
    List<Agreement> agreements = new ArrayList<>(chain.agreements());
    long have = agreements.stream().filter(a -> a.kind().isSupporting()).count();
    for (long i = have; i < count; i++) {
      agreements.add(
          AgreementGens.supporting(r, "fresh-ola" + i, AgreementKind.OLA, List.of(sla(chain))));
    }
    return agreements;
  }

  static List<Agreement> supporters(List<Agreement> agreements) {
    return agreements.stream().filter(a -> a.kind().isSupporting()).toList();
  }

  /**
   * A target of an agreement that a mutation replaces, and the agreement it sits in (which has
   * the target among its own).
   *
   * @param <T>  the target's type
   * @param agreement  the agreement
   * @param target  one of its targets
   */
  record Slot<T extends MetricTarget>(Agreement agreement, T target) {
    /** The agreement with the target replaced, validated. */
    Agreement with(MetricTarget replacement) {
      return agreement.withTargets(replaced(agreement.targets(), target, replacement));
    }
  }

  /**
   * Picks a target of a type from the agreement, or three times in four when it has none (and
   * one time in four anyway) adds a new one, with the id {@code fresh-t}.
   */
  static <T extends MetricTarget> Slot<T> slot(RandomGenerator r, Agreement a, Class<T> type) {
    List<T> existing = a.targets().stream().filter(type::isInstance).map(type::cast).toList();
    if (!existing.isEmpty() && r.nextInt(4) > 0) {
      return new Slot<>(a, pick(r, existing));
    }
    String service = a.services().get(0).id();
    String window = a.windows().get(0).name();
    MetricTarget fresh;
    if (type == AvailabilityTarget.class) {
      fresh = AgreementGens.availabilityTarget(r, "fresh-t", service, window);
    } else if (type == TicketTimerTarget.class) {
      fresh = AgreementGens.ticketTimerTarget(r, "fresh-t", service, window, a.escalation().size());
    } else if (type == MeasurementTarget.class) {
      fresh = AgreementGens.measurementTarget(r, "fresh-t", service, window);
    } else {
      return new Slot<>(a, type.cast(pick(r, a.targets())));
    }
    return new Slot<>(a.withTargets(plus(a.targets(), fresh)), type.cast(fresh));
  }

  /** Rebuilds a target with one of the attributes every target shares set to a value. */
  static MetricTarget rebuiltWith(MetricTarget t, String attribute, Object value) {
    if (t instanceof AvailabilityTarget) {
      AvailabilityTarget.Builder b = Rebuild.builder((AvailabilityTarget) t, attribute);
      setShared(attribute, value, b::id, b::service, b::window, b::period, b::weight,
          b::atRiskThreshold, b::addAllSupports);
      return b.build();
    }
    if (t instanceof TicketTimerTarget) {
      TicketTimerTarget.Builder b = Rebuild.builder((TicketTimerTarget) t, attribute);
      setShared(attribute, value, b::id, b::service, b::window, b::period, b::weight,
          b::atRiskThreshold, b::addAllSupports);
      return b.build();
    }
    MeasurementTarget.Builder b = Rebuild.builder((MeasurementTarget) t, attribute);
    setShared(attribute, value, b::id, b::service, b::window, b::period, b::weight,
        b::atRiskThreshold, b::addAllSupports);
    return b.build();
  }

  private static void setShared(
      String attribute,
      Object value,
      Function<String, ?> id,
      Function<String, ?> service,
      Function<String, ?> window,
      Function<ReportingPeriod, ?> period,
      Function<BigDecimal, ?> weight,
      Function<BigDecimal, ?> atRisk,
      Function<Iterable<TargetRef>, ?> supports) {
    switch (attribute) {
      case "id":
        id.apply((String) value);
        break;
      case "service":
        service.apply((String) value);
        break;
      case "window":
        window.apply((String) value);
        break;
      case "period":
        period.apply((ReportingPeriod) value);
        break;
      case "weight":
        weight.apply((BigDecimal) value);
        break;
      case "atRiskThreshold":
        atRisk.apply((BigDecimal) value);
        break;
      case "supports":
        supports.apply(((Collection<?>) value).stream().map(TargetRef.class::cast).toList());
        break;
      default:
        throw new AssertionError("Not a shared attribute: " + attribute);
    }
  }
}
