package dev.servicelevel.testkit;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.EscalationLevel;
import dev.servicelevel.agreement.GoalChangePolicy;
import dev.servicelevel.agreement.GoalSelection;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.PartyRole;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Responsibility;
import dev.servicelevel.agreement.ReviewSchedule;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.agreement.TicketMembership;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerCycles;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.agreement.TimerThreshold;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of the agreement model ({@code dev.servicelevel.agreement}), driven by any
 * {@link RandomGenerator} (see {@link QuickTheoriesGens} for QuickTheories). Every generated
 * value is valid: it was built through the model's public factories and builders, which reject
 * anything else. Choices are drawn with {@code nextInt(bound)}, smaller numbers meaning simpler
 * values, and no generator retries a draw, so a library that shrinks the numbers it supplies
 * shrinks the values too.
 *
 * <p>Edge cases are weighted in: ids with '.', '_' and '-' or starting with a digit; names with
 * quotes, backslashes, line breaks and non-Latin letters; condition values and event types that
 * need escaping or look like keywords, and field names that start with a keyword
 * ({@code order}, {@code notes}); condition texts in every accepted spelling (sets in braces,
 * {@code not in}, redundant spaces and parentheses, {@link #conditionText}); shares of exactly
 * 100 and of 0.001 and figures with trailing zeros ({@code 99.90}); every indicator kind, every business-duration basis, every reporting
 * period; credit tiers that abut, leave gaps or are open-ended; fees in currencies with 0, 2, 3
 * and no minor digits; validities of one day and without an end; non-prime windows as the
 * complement of prime ones; outage causes the agreement defines (excluded by every target or
 * only by those that list them) beside the predefined ones; and chains in which an underpinning contract supports an OLA that
 * supports the SLA.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * Agreement sla = AgreementGens.sla(random);
 * AgreementChain chain = AgreementGens.chain(random);   // an SLA and up to three OLAs / UCs
 * Condition c = AgreementGens.condition(random);
 * Condition.parse(c.toString()).equals(c);               // true
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AgreementGens {

  /**
   * The id of the agreement that generated supporting targets sometimes name besides the
   * agreements they were given: a reference outside the chain, which
   * {@link AgreementChain} leaves unresolved.
   */
  public static final String OUTSIDE_AGREEMENT = "outside-sla";

  private static final String[] TEXTS = {
    "Online shop", "Operations team", "ShopIT GmbH", "x", "Ünïcødé Services AG", "名前のサービス",
    "Quote \"this\" & that", "  padded  ", "Line\nbreak", "back\\slash"
  };
  private static final String[] ITEMS = {
    "storefront", "checkout", "search", "payment provider's gateway", "CDN", "e-mail notifications"
  };
  private static final String[] CONTACTS = {
    "sm@provider.example", "+49 30 1234567", "Duty phone", "名前", "Head of IT"
  };
  private static final String[] FIELDS = {
    "priority", "status", "hold", "x", "_internal", "a.b-c_d", "order", "inbox", "notes", "android",
    "presented", "events", "Always", "NEVER", "field9"
  };
  private static final String[] VALUES = {
    "P1", "P2", "open", "", " ", "waiting-on-customer", "a \"quoted\" value", "back\\slash",
    "x) or (y", "ünïcødé", " and ", "\\\"", "in (\"P1\")"
  };
  private static final String[] EVENTS = {
    "created", "agent-reply", "resolved", "status changed", "\"", "x\\", "ä", " reopened "
  };
  private static final String[] SPACES = {" ", "  ", "\n", "\t ", " \r\n "};
  private static final List<OutageCause> CUSTOM_CAUSES =
      List.of(
          OutageCause.of("announced-maintenance", true, "Maintenance announced a week ahead"),
          OutageCause.of("customer.change", false, "A change the customer made"),
          OutageCause.of("9_power-cut", true, "A regional power cut"),
          OutageCause.of("PLANNED_MAINTENANCE.2", false, "Looks like a predefined name"));
  private static final String[] UNITS = {"ms", "s", "req/s", "°C", "errors"};
  private static final String[] SHARES = {
    "99.9", "100", "99.5", "95", "50", "99.95", "99.999", "0.001", "1", "99.90", "80", "100.000"
  };
  private static final String[] DECIMALS = {"300", "0", "1.5", "-5", "1000000", "0.0001", "250.00"};
  private static final String[] WEIGHTS = {"1", "3", "0.5", "0.001", "100", "12.50"};
  private static final String[] CAPS = {"30", "0", "100", "12.5", "250"};
  private static final Duration[] SLICES = {
    Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1),
    Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(7200), Duration.ofMinutes(15),
    Duration.ofSeconds(90)
  };
  private static final int[] ROLLING_DAYS = {30, 1, 7, 28, 90, 365};
  private static final Currency[] CURRENCIES = {
    Currency.getInstance("EUR"), Currency.getInstance("USD"), Currency.getInstance("JPY"),
    Currency.getInstance("BHD"), Currency.getInstance("CHF"), Currency.getInstance("XAU")
  };
  private static final String[] FIRST_WINDOWS = {"prime", "office", "business-hours", "w.1"};
  private static final String[] COMPLEMENT_WINDOWS = {"non-prime", "after-hours", "rest_of.time"};

  /** The three families of metric target; a target supports only targets of its own family. */
  private enum Family {
    AVAILABILITY,
    TICKET_TIMER,
    MEASUREMENT
  }

  private AgreementGens() {}

  // ---- names, parties, services, windows ------------------------------------------------------

  /** An id unique for each index and base: letters, digits, '.', '_' or '-'. */
  private static String id(RandomGenerator r, String base, int index) {
    switch (r.nextInt(5)) {
      case 1:
        return base + "-" + index;
      case 2:
        return base.toUpperCase(Locale.ROOT) + "." + index;
      case 3:
        return index + "_" + base;
      default:
        return base + index;
    }
  }

  /** True one time in {@code n}, and false for the smallest draw, the simplest case. */
  private static boolean oneIn(RandomGenerator r, int n) {
    return r.nextInt(n) == n - 1;
  }

  private static String text(RandomGenerator r) {
    return TEXTS[r.nextInt(TEXTS.length)];
  }

  /**
   * Generates a party: an id with the edge-case characters ids allow and a display name.
   *
   * @param r  the source of randomness, not null
   * @return the party, not null
   */
  public static Party party(RandomGenerator r) {
    return party(r, "party", r.nextInt(100));
  }

  private static Party party(RandomGenerator r, String base, int index) {
    return Party.of(id(r, base, index), text(r));
  }

  /**
   * Generates a service: up to three items included or explicitly excluded (never both), and
   * one time in three a weight other than 1.
   *
   * @param r  the source of randomness, not null
   * @return the service, not null
   */
  public static Service service(RandomGenerator r) {
    return service(r, r.nextInt(100));
  }

  private static Service service(RandomGenerator r, int index) {
    Service.Builder b = Service.builder().id(id(r, "svc", index)).name(text(r));
    Set<String> used = new LinkedHashSet<>();
    int items = r.nextInt(4);
    for (int i = 0; i < items; i++) {
      String item = ITEMS[r.nextInt(ITEMS.length)];
      if (used.add(item)) {
        if (r.nextInt(3) < 2) {
          b.addIncluded(item);
        } else {
          b.addExcluded(item);
        }
      }
    }
    if (oneIn(r, 3)) {
      b.weight(weight(r));
    }
    return b.build();
  }

  /**
   * Generates a service window on a calendar from {@link CalendarSpecs#calendar(RandomGenerator)}.
   *
   * @param r  the source of randomness, not null
   * @return the window, not null
   */
  public static ServiceWindow window(RandomGenerator r) {
    return ServiceWindow.of(id(r, "win", r.nextInt(10)), CalendarSpecs.calendar(r).build());
  }

  /**
   * Generates the windows of an agreement, names unique: a first window on a calendar from
   * {@link CalendarSpecs#calendar(RandomGenerator)}, one time in two its complement (non-prime
   * time), one time in three a further window, 24×7 or on its own calendar.
   *
   * @param r  the source of randomness, not null
   * @return the windows, at least one, not null
   */
  public static List<ServiceWindow> windows(RandomGenerator r) {
    return windows(r, CalendarSpecs.calendar(r));
  }

  private static List<ServiceWindow> windows(RandomGenerator r, CalendarSpec spec) {
    List<ServiceWindow> windows = new ArrayList<>(3);
    ServiceWindow first = ServiceWindow.of(FIRST_WINDOWS[r.nextInt(FIRST_WINDOWS.length)], spec.build());
    windows.add(first);
    if (oneIn(r, 2)) {
      windows.add(first.complement(COMPLEMENT_WINDOWS[r.nextInt(COMPLEMENT_WINDOWS.length)]));
    }
    if (oneIn(r, 3)) {
      windows.add(
          r.nextInt(2) == 0
              ? ServiceWindow.alwaysOpen("24x7", spec.zone())
              : ServiceWindow.of("support_2", CalendarSpecs.calendar(r).build()));
    }
    return windows;
  }

  // ---- conditions and durations ---------------------------------------------------------------

  /**
   * Generates a condition: a tree up to three levels deep of {@code fieldIs}, {@code fieldIn},
   * {@code fieldPresent}, {@code event}, {@code always}, {@code never}, {@code not},
   * {@code and} and {@code or}, with values that need escaping and names that start with a
   * keyword.
   *
   * @param r  the source of randomness, not null
   * @return the condition, not null
   */
  public static Condition condition(RandomGenerator r) {
    return condition(r, 3);
  }

  private static Condition condition(RandomGenerator r, int depth) {
    switch (r.nextInt(depth == 0 ? 6 : 10)) {
      case 0:
        return Condition.fieldIs(field(r), value(r));
      case 1:
        return Condition.event(EVENTS[r.nextInt(EVENTS.length)]);
      case 2:
        {
          int count = 1 + r.nextInt(3);
          List<String> values = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            values.add(value(r));
          }
          return Condition.fieldIn(field(r), values);
        }
      case 3:
        return Condition.fieldPresent(field(r));
      case 4:
        return Condition.always();
      case 5:
        return Condition.never();
      case 6:
      case 7:
        return Condition.not(condition(r, depth - 1));
      default:
        {
          int count = 2 + r.nextInt(2);
          List<Condition> operands = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            operands.add(condition(r, depth - 1));
          }
          return r.nextInt(2) == 0 ? Condition.allOf(operands) : Condition.anyOf(operands);
        }
    }
  }

  /**
   * Generates another spelling of a condition's text that {@link Condition#parse(String)} reads
   * back to the condition: sets in braces or in parentheses with repeated values in any order,
   * {@code field not in set} for a negated set, and spaces, line breaks and redundant
   * parentheses between the symbols.
   *
   * <pre>{@code
   * Condition c = AgreementGens.condition(random);
   * Condition.parse(AgreementGens.conditionText(random, c)).equals(c);   // true
   * }</pre>
   *
   * @param r  the source of randomness, not null
   * @param condition  the condition to spell, not null
   * @return the text, not null
   */
  public static String conditionText(RandomGenerator r, Condition condition) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(condition, "condition");
    StringBuilder sb = new StringBuilder();
    spell(r, condition, sb);
    return sb.toString();
  }

  private static void spell(RandomGenerator r, Condition c, StringBuilder sb) {
    if (c instanceof Condition.And || c instanceof Condition.Or) {
      boolean and = c instanceof Condition.And;
      List<Condition> operands =
          and ? ((Condition.And) c).operands() : ((Condition.Or) c).operands();
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          sb.append(space(r)).append(and ? "and" : "or").append(space(r));
        }
        spellOperand(r, operands.get(i), sb);
      }
    } else if (c instanceof Condition.Not) {
      Condition operand = ((Condition.Not) c).operand();
      if (operand instanceof Condition.FieldIn && r.nextInt(2) == 0) {
        spellSet(r, (Condition.FieldIn) operand, true, sb);
      } else {
        sb.append("not").append(space(r));
        spellOperand(r, operand, sb);
      }
    } else if (c instanceof Condition.FieldIn) {
      spellSet(r, (Condition.FieldIn) c, false, sb);
    } else if (r.nextInt(4) == 0) {
      sb.append('(').append(c).append(')');
    } else {
      sb.append(c);
    }
  }

  private static void spellOperand(RandomGenerator r, Condition c, StringBuilder sb) {
    if (c instanceof Condition.And || c instanceof Condition.Or) {
      sb.append('(');
      spell(r, c, sb);
      sb.append(')');
    } else {
      spell(r, c, sb);
    }
  }

  private static void spellSet(
      RandomGenerator r, Condition.FieldIn c, boolean negated, StringBuilder sb) {
    boolean braces = r.nextInt(3) > 0;
    sb.append(c.field()).append(space(r)).append(negated ? "not" + space(r) : "").append("in");
    sb.append(r.nextInt(2) == 0 ? "" : space(r)).append(braces ? '{' : '(');
    List<String> values = new ArrayList<>(c.values());
    Collections.reverse(values);
    if (r.nextInt(3) == 0) {
      values.add(values.get(r.nextInt(values.size())));
    }
    for (int i = 0; i < values.size(); i++) {
      String quoted = values.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
      sb.append(i > 0 ? "," + space(r) : "").append('"').append(quoted).append('"');
    }
    sb.append(braces ? '}' : ')');
  }

  private static String space(RandomGenerator r) {
    return SPACES[r.nextInt(SPACES.length)];
  }

  private static String field(RandomGenerator r) {
    return FIELDS[r.nextInt(FIELDS.length)];
  }

  private static String value(RandomGenerator r) {
    return VALUES[r.nextInt(VALUES.length)];
  }

  /**
   * Generates an outage cause: a predefined one, or one an agreement defines, with a name that
   * has '.', '_' or '-', starts with a digit or resembles a predefined name, excluded or not,
   * and a description with quotes, line breaks or non-Latin letters.
   *
   * @param r  the source of randomness, not null
   * @return the cause, not null
   */
  public static OutageCause outageCause(RandomGenerator r) {
    if (oneIn(r, 2)) {
      return OutageCause.predefined().get(r.nextInt(OutageCause.predefined().size()));
    }
    OutageCause pooled = CUSTOM_CAUSES.get(r.nextInt(CUSTOM_CAUSES.size()));
    return OutageCause.of(pooled.name(), oneIn(r, 2), text(r));
  }

  /**
   * Generates a business duration on any basis: business time, elapsed time, working days at
   * the same time, or the end of a working day (0 to 4 days after).
   *
   * @param r  the source of randomness, not null
   * @return the duration, not null
   */
  public static BusinessDuration businessDuration(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 1:
        return BusinessDuration.elapsed(positiveTime(r));
      case 2:
        return BusinessDuration.workingDaysSameTime(1 + r.nextInt(5));
      case 3:
        return BusinessDuration.endOfWorkingDay(r.nextInt(5));
      case 4:
        return BusinessDuration.businessHours(1 + r.nextInt(24));
      default:
        return BusinessDuration.businessTime(positiveTime(r));
    }
  }

  private static BusinessDuration timeBased(RandomGenerator r) {
    return oneIn(r, 3)
        ? BusinessDuration.elapsed(positiveTime(r))
        : BusinessDuration.businessTime(positiveTime(r));
  }

  private static Duration positiveTime(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 1:
        return Duration.ofHours(1 + r.nextInt(72));
      case 2:
        return Duration.ofSeconds(1 + r.nextInt(86_400), r.nextInt(1_000_000_000));
      case 3:
        return Duration.ofNanos(1 + r.nextInt(1000));
      case 4:
        return Duration.ofDays(1 + r.nextInt(10));
      default:
        return Duration.ofMinutes(1 + r.nextInt(600));
    }
  }

  // ---- figures --------------------------------------------------------------------------------

  /** A share in percent within (0, 100], with trailing zeros at times. */
  private static BigDecimal share(RandomGenerator r) {
    return oneIn(r, 3)
        ? BigDecimal.valueOf(1 + r.nextInt(100_000), 3)
        : new BigDecimal(SHARES[r.nextInt(SHARES.length)]);
  }

  /** A percentage within [0, 100]. */
  private static BigDecimal percentage(RandomGenerator r) {
    return oneIn(r, 6) ? BigDecimal.ZERO : share(r);
  }

  private static BigDecimal decimal(RandomGenerator r) {
    return r.nextInt(2) == 0
        ? new BigDecimal(DECIMALS[r.nextInt(DECIMALS.length)])
        : BigDecimal.valueOf(r.nextInt(2_000_001) - 1_000_000, r.nextInt(5));
  }

  private static BigDecimal weight(RandomGenerator r) {
    return r.nextInt(2) == 0
        ? new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)])
        : BigDecimal.valueOf(1 + r.nextInt(10_000), r.nextInt(4));
  }

  private static Comparison comparison(RandomGenerator r) {
    return Comparison.values()[r.nextInt(Comparison.values().length)];
  }

  // ---- targets --------------------------------------------------------------------------------

  /**
   * Generates a reporting period: a calendar week, month, quarter or year, or a rolling run of
   * days (1, 7, 28, 30, 90, 365 or any up to 400).
   *
   * @param r  the source of randomness, not null
   * @return the period, not null
   */
  public static ReportingPeriod reportingPeriod(RandomGenerator r) {
    if (!oneIn(r, 3)) {
      return calendarPeriod(r);
    }
    return ReportingPeriod.rollingDays(
        r.nextInt(2) == 0 ? ROLLING_DAYS[r.nextInt(ROLLING_DAYS.length)] : 1 + r.nextInt(400));
  }

  private static ReportingPeriod calendarPeriod(RandomGenerator r) {
    switch (r.nextInt(4)) {
      case 1:
        return ReportingPeriod.calendarWeek();
      case 2:
        return ReportingPeriod.calendarQuarter();
      case 3:
        return ReportingPeriod.calendarYear();
      default:
        return ReportingPeriod.calendarMonth();
    }
  }

  /**
   * Generates an indicator of any kind: occurrences over a per-sample threshold, a percentile,
   * mean, max, ratio, or ratio timeslices with a slice that divides a day (from 500 ms to a
   * day, including 7.2 s).
   *
   * @param r  the source of randomness, not null
   * @return the indicator, not null
   */
  public static Indicator indicator(RandomGenerator r) {
    switch (r.nextInt(7)) {
      case 1:
        return Indicator.samplesMeeting(comparison(r), decimal(r));
      case 2:
        return Indicator.mean();
      case 3:
        return Indicator.max();
      case 4:
        return Indicator.ratio();
      case 5:
        return Indicator.timeslices(SLICES[r.nextInt(SLICES.length)], comparison(r), percentage(r))
            .withEmptySlices(emptySlices(r));
      case 6:
        return Indicator.ratioTimeslices(SLICES[r.nextInt(SLICES.length)])
            .withEmptySlices(emptySlices(r));
      default:
        return Indicator.percentile(share(r));
    }
  }

  private static Indicator.EmptySlices emptySlices(RandomGenerator r) {
    Indicator.EmptySlices[] rules = Indicator.EmptySlices.values();
    return r.nextInt(2) == 0 ? Indicator.EmptySlices.SKIP : rules[r.nextInt(rules.length)];
  }

  /**
   * Generates a timer kind: one of the four predefined kinds or a custom one.
   *
   * @param r  the source of randomness, not null
   * @return the kind, not null
   */
  public static TimerKind timerKind(RandomGenerator r) {
    switch (r.nextInt(6)) {
      case 1:
        return TimerKind.RESOLVE;
      case 2:
        return TimerKind.UPDATE;
      case 3:
        return TimerKind.NEXT_REPLY;
      case 4:
        return TimerKind.of("acknowledge");
      case 5:
        return TimerKind.of(id(r, "kind", r.nextInt(10)));
      default:
        return TimerKind.RESPOND;
    }
  }

  /**
   * Generates a timer goal: a condition (up to two levels deep) and a business duration on any
   * basis.
   *
   * @param r  the source of randomness, not null
   * @return the goal, not null
   */
  public static TimerGoal timerGoal(RandomGenerator r) {
    return TimerGoal.of(condition(r, 2), businessDuration(r));
  }

  /**
   * Generates a timer threshold: a warning or an escalation, at a share of the goal or a
   * business or elapsed time before the deadline; an escalation goes to one of the agreement's
   * escalation levels one time in two when there are any.
   *
   * @param r  the source of randomness, not null
   * @param escalationLevels  the number of levels of the agreement's escalation procedure, not
   *     negative
   * @return the threshold, not null
   * @throws IllegalArgumentException if {@code escalationLevels} is negative
   */
  public static TimerThreshold timerThreshold(RandomGenerator r, int escalationLevels) {
    requireNotNegative("Escalation levels", escalationLevels);
    TimerThreshold t;
    switch (r.nextInt(4)) {
      case 1:
        return TimerThreshold.warningBefore(timeBased(r));
      case 2:
        t = TimerThreshold.escalationAt(share(r));
        break;
      case 3:
        t = TimerThreshold.escalationBefore(timeBased(r));
        break;
      default:
        return TimerThreshold.warningAt(share(r));
    }
    return escalationLevels > 0 && oneIn(r, 2) ? t.atLevel(1 + r.nextInt(escalationLevels)) : t;
  }

  /**
   * Generates an availability target: a minimum share, a set of excluded outage causes, a
   * maintenance notice (only when planned maintenance is excluded), a length below which outages
   * are ignored, and the attributes every target shares (period, weight, at-risk threshold,
   * responsible party) set or left at their defaults.
   *
   * @param r  the source of randomness, not null
   * @param id  the target's id, not null
   * @param service  the id of the service it is about, not null
   * @param window  the name of the window it counts on, not null
   * @return the target, not null
   * @throws IllegalArgumentException if an id is malformed
   */
  public static AvailabilityTarget availabilityTarget(
      RandomGenerator r, String id, String service, String window) {
    return availability(r, id, service, window, Optional.empty(), Set.of(), List.of());
  }

  /**
   * Generates a ticket-timer target: a timer kind, one to three goals with first or shortest
   * match, start and stop conditions, at times pause, cancel and reset conditions, single or
   * multi cycle, retroactive or restarting goal changes, up to three distinct thresholds, a
   * required share, and the attributes every target shares.
   *
   * @param r  the source of randomness, not null
   * @param id  the target's id, not null
   * @param service  the id of the service it is about, not null
   * @param window  the name of the window it counts on, not null
   * @param escalationLevels  the number of levels of the agreement's escalation procedure, which
   *     thresholds may go to, not negative
   * @return the target, not null
   * @throws IllegalArgumentException if an id is malformed or {@code escalationLevels} negative
   */
  public static TicketTimerTarget ticketTimerTarget(
      RandomGenerator r, String id, String service, String window, int escalationLevels) {
    requireNotNegative("Escalation levels", escalationLevels);
    return ticketTimer(r, id, service, window, Optional.empty(), Set.of(), escalationLevels);
  }

  /**
   * Generates a measurement target: an indicator of any kind, a comparison, an objective (within
   * 0 and 100 for percentage indicators), at times a unit, and the attributes every target
   * shares.
   *
   * @param r  the source of randomness, not null
   * @param id  the target's id, not null
   * @param service  the id of the service it is about, not null
   * @param window  the name of the window it counts on, not null
   * @return the target, not null
   * @throws IllegalArgumentException if an id is malformed
   */
  public static MeasurementTarget measurementTarget(
      RandomGenerator r, String id, String service, String window) {
    return measurement(r, id, service, window, Optional.empty(), Set.of());
  }

  /**
   * Generates a metric target of any family, with the id {@code target} for the service
   * {@code service} in the window {@code window}; its ticket-timer thresholds name no
   * escalation level.
   *
   * @param r  the source of randomness, not null
   * @return the target, not null
   */
  public static MetricTarget metricTarget(RandomGenerator r) {
    Family family = Family.values()[r.nextInt(Family.values().length)];
    return target(
        r, family, "target", "service", "window", Optional.empty(), Set.of(), 0, List.of());
  }

  private static MetricTarget target(
      RandomGenerator r,
      Family family,
      String id,
      String service,
      String window,
      Optional<ReportingPeriod> period,
      Set<TargetRef> supports,
      int escalationLevels,
      List<OutageCause> causes) {
    switch (family) {
      case AVAILABILITY:
        return availability(r, id, service, window, period, supports, causes);
      case TICKET_TIMER:
        return ticketTimer(r, id, service, window, period, supports, escalationLevels);
      default:
        return measurement(r, id, service, window, period, supports);
    }
  }

  /**
   * Draws the attributes every target shares: the period (the given one, or at random left at
   * the default or drawn), weight, at-risk threshold and responsible party.
   */
  private static void shared(
      RandomGenerator r,
      Optional<ReportingPeriod> period,
      Consumer<ReportingPeriod> periodSetter,
      Consumer<BigDecimal> weightSetter,
      Consumer<BigDecimal> atRiskSetter,
      Consumer<PartyRole> partySetter) {
    if (period.isPresent()) {
      periodSetter.accept(period.get());
    } else if (r.nextInt(3) > 0) {
      periodSetter.accept(reportingPeriod(r));
    }
    if (oneIn(r, 3)) {
      weightSetter.accept(weight(r));
    }
    if (oneIn(r, 3)) {
      atRiskSetter.accept(share(r));
    }
    if (oneIn(r, 4)) {
      partySetter.accept(r.nextInt(3) < 2 ? PartyRole.CUSTOMER : PartyRole.PROVIDER);
    }
  }

  private static AvailabilityTarget availability(
      RandomGenerator r,
      String id,
      String service,
      String window,
      Optional<ReportingPeriod> period,
      Set<TargetRef> supports,
      List<OutageCause> defined) {
    AvailabilityTarget.Builder b =
        AvailabilityTarget.builder()
            .id(id)
            .service(service)
            .window(window)
            .addAllSupports(supports)
            .minimum(share(r));
    shared(r, period, b::period, b::weight, b::atRiskThreshold, b::responsibleParty);
    Set<OutageCause> causes = new LinkedHashSet<>();
    for (OutageCause cause : OutageCause.predefined()) {
      if (oneIn(r, 2)) {
        causes.add(cause);
      }
    }
    for (OutageCause cause : defined) {
      if (oneIn(r, 2)) {
        causes.add(cause);
      }
    }
    b.addAllExcludedCauses(causes);
    if (causes.contains(OutageCause.PLANNED_MAINTENANCE) && oneIn(r, 2)) {
      b.maintenanceNotice(positiveTime(r));
    }
    if (oneIn(r, 3)) {
      b.ignoreOutagesShorterThan(positiveTime(r));
    }
    return b.build();
  }

  private static TicketTimerTarget ticketTimer(
      RandomGenerator r,
      String id,
      String service,
      String window,
      Optional<ReportingPeriod> period,
      Set<TargetRef> supports,
      int escalationLevels) {
    TicketTimerTarget.Builder b =
        TicketTimerTarget.builder()
            .id(id)
            .service(service)
            .window(window)
            .addAllSupports(supports)
            .timer(timerKind(r))
            .stopWhen(condition(r, 2));
    if (r.nextInt(4) > 0) {
      b.startWhen(condition(r, 2)); // otherwise the default, event = "created"
    }
    shared(r, period, b::period, b::weight, b::atRiskThreshold, b::responsibleParty);
    int goals = 1 + r.nextInt(3);
    for (int i = 0; i < goals; i++) {
      b.addGoals(timerGoal(r));
    }
    if (oneIn(r, 2)) {
      b.goalSelection(oneIn(r, 3) ? GoalSelection.FIRST_MATCH : GoalSelection.SHORTEST_MATCH);
    }
    if (oneIn(r, 2)) {
      b.pauseWhen(condition(r, 2));
    }
    if (oneIn(r, 3)) {
      b.cancelWhen(condition(r, 2));
    }
    if (oneIn(r, 3)) {
      b.resetWhen(condition(r, 2));
    }
    if (oneIn(r, 3)) {
      b.cycles(oneIn(r, 3) ? TimerCycles.SINGLE : TimerCycles.MULTI);
    }
    if (oneIn(r, 3)) {
      b.goalChange(oneIn(r, 3) ? GoalChangePolicy.RETROACTIVE : GoalChangePolicy.RESTART);
    }
    if (oneIn(r, 3)) {
      b.membership(oneIn(r, 3) ? TicketMembership.BY_START : TicketMembership.BY_STOP);
    }
    Set<TimerThreshold> thresholds = new LinkedHashSet<>();
    int count = r.nextInt(4);
    for (int i = 0; i < count; i++) {
      thresholds.add(timerThreshold(r, escalationLevels));
    }
    b.addAllThresholds(thresholds);
    if (oneIn(r, 3)) {
      b.requiredShare(share(r));
    }
    return b.build();
  }

  private static MeasurementTarget measurement(
      RandomGenerator r,
      String id,
      String service,
      String window,
      Optional<ReportingPeriod> period,
      Set<TargetRef> supports) {
    Indicator indicator = indicator(r);
    MeasurementTarget.Builder b =
        MeasurementTarget.builder()
            .id(id)
            .service(service)
            .window(window)
            .addAllSupports(supports)
            .indicator(indicator)
            .comparison(comparison(r))
            .objective(indicator.isPercentage() ? percentage(r) : decimal(r));
    shared(r, period, b::period, b::weight, b::atRiskThreshold, b::responsibleParty);
    if (oneIn(r, 2)) {
      b.unit(indicator.isPercentage() ? "%" : UNITS[r.nextInt(UNITS.length)]);
    }
    return b.build();
  }

  private static Family family(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return Family.AVAILABILITY;
    }
    return t instanceof TicketTimerTarget ? Family.TICKET_TIMER : Family.MEASUREMENT;
  }

  // ---- credits, termination, escalation, review ----------------------------------------------

  /**
   * Generates credit tiers in ascending order without overlap: one to four tiers that abut or
   * leave gaps, the first at times open below and the last open above; credits within (0, 100].
   *
   * @param r  the source of randomness, not null
   * @return the tiers, at least one, not null
   */
  public static List<CreditTier> creditTiers(RandomGenerator r) {
    int count = 1 + r.nextInt(4);
    List<BigDecimal> bounds = new ArrayList<>(count + 1);
    BigDecimal bound = BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
    bounds.add(bound);
    for (int i = 0; i < count; i++) {
      bound = bound.add(BigDecimal.valueOf(1 + r.nextInt(1000), r.nextInt(4)));
      bounds.add(bound);
    }
    List<CreditTier> tiers = new ArrayList<>(count + 2);
    if (oneIn(r, 2)) {
      tiers.add(CreditTier.below(bounds.get(0), share(r)));
    }
    for (int i = 0; i < count; i++) {
      if (!oneIn(r, 4)) {
        tiers.add(CreditTier.between(bounds.get(i), bounds.get(i + 1), share(r)));
      }
    }
    if (oneIn(r, 3)) {
      tiers.add(CreditTier.atOrAbove(bounds.get(count), share(r)));
    }
    if (tiers.isEmpty()) {
      tiers.add(CreditTier.between(bounds.get(0), bounds.get(1), share(r)));
    }
    return tiers;
  }

  /**
   * Generates the credit tiers of a target, see {@link #creditTiers(RandomGenerator)}.
   *
   * @param r  the source of randomness, not null
   * @param targetId  the id of the target, not null
   * @return the target's tiers, not null
   * @throws IllegalArgumentException if the id is malformed
   */
  public static TargetCredits targetCredits(RandomGenerator r, String targetId) {
    return TargetCredits.of(targetId, creditTiers(r));
  }

  /**
   * Generates a credit policy with tiers for each of the given targets: a fee in EUR, USD, JPY
   * (no minor digits), BHD (three), CHF or XAU (no rule on digits), sum or max combination, at
   * times a cap (0 and above 100 % included) and a minimum payout.
   *
   * @param r  the source of randomness, not null
   * @param billingPeriod  the billing period, calendar-aligned, not null
   * @param targetIds  the ids of the targets that earn credits, unique, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if the billing period rolls or an id is malformed or repeated
   */
  public static CreditPolicy creditPolicy(
      RandomGenerator r, ReportingPeriod billingPeriod, List<String> targetIds) {
    Objects.requireNonNull(billingPeriod, "billingPeriod");
    Objects.requireNonNull(targetIds, "targetIds");
    Currency currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
    CreditPolicy.Builder b = CreditPolicy.builder().fee(amount(r, currency)).currency(currency);
    if (!billingPeriod.equals(ReportingPeriod.calendarMonth()) || oneIn(r, 2)) {
      b.billingPeriod(billingPeriod);
    }
    for (String id : targetIds) {
      b.addTargets(targetCredits(r, id));
    }
    if (oneIn(r, 2)) {
      b.combination(oneIn(r, 3) ? CreditCombination.SUM : CreditCombination.MAX);
    }
    if (oneIn(r, 2)) {
      b.capPercent(new BigDecimal(CAPS[r.nextInt(CAPS.length)]));
    }
    if (oneIn(r, 3)) {
      b.minimumPayout(amount(r, currency));
    }
    return b.build();
  }

  /** A positive amount with no more decimals than the currency uses (any for XAU). */
  private static BigDecimal amount(RandomGenerator r, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    int scale = oneIn(r, 8) ? -r.nextInt(3) : r.nextInt(Math.max(digits, 4) + 1);
    if (digits >= 0 && scale > digits) {
      scale = digits;
    }
    return BigDecimal.valueOf(1 + r.nextInt(10_000_000), scale);
  }

  /**
   * Generates a termination rule on one or two of the given targets: N consecutive breached
   * periods or K of the last N (N up to 6), held by the customer or at times the provider.
   *
   * @param r  the source of randomness, not null
   * @param targetIds  the ids of the targets it may name, at least one, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no target id is given or one is malformed
   */
  public static TerminationRule terminationRule(RandomGenerator r, List<String> targetIds) {
    Objects.requireNonNull(targetIds, "targetIds");
    if (targetIds.isEmpty()) {
      throw new IllegalArgumentException("A termination rule needs a target id to name");
    }
    int first = r.nextInt(targetIds.size());
    int count = Math.min(1 + r.nextInt(2), targetIds.size());
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      ids[i] = targetIds.get((first + i) % targetIds.size());
    }
    int periods = 1 + r.nextInt(6);
    TerminationRule rule =
        r.nextInt(2) == 0
            ? TerminationRule.consecutiveBreaches(periods, ids)
            : TerminationRule.breachesWithin(1 + r.nextInt(periods), periods, ids);
    return oneIn(r, 4) ? rule.withHolder(PartyRole.PROVIDER) : rule;
  }

  /**
   * Generates an escalation level: a name and one to three contacts.
   *
   * @param r  the source of randomness, not null
   * @return the level, not null
   */
  public static EscalationLevel escalationLevel(RandomGenerator r) {
    return escalationLevel(r, r.nextInt(10));
  }

  /** A level whose name is unique for each index. */
  private static EscalationLevel escalationLevel(RandomGenerator r, int index) {
    String name;
    switch (r.nextInt(3)) {
      case 1:
        name = "Escalation " + index + " Ünï";
        break;
      case 2:
        name = "L" + index;
        break;
      default:
        name = "Level " + index;
        break;
    }
    int count = 1 + r.nextInt(3);
    List<String> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contacts.add(CONTACTS[r.nextInt(CONTACTS.length)]);
    }
    return EscalationLevel.of(name, contacts);
  }

  /**
   * Generates a review schedule: a cadence and up to three participants.
   *
   * @param r  the source of randomness, not null
   * @return the schedule, not null
   */
  public static ReviewSchedule reviewSchedule(RandomGenerator r) {
    int count = r.nextInt(4);
    List<String> participants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      participants.add(text(r));
    }
    return ReviewSchedule.of(reportingPeriod(r), participants);
  }

  /**
   * Generates a responsibility of the provider or the customer.
   *
   * @param r  the source of randomness, not null
   * @return the responsibility, not null
   */
  public static Responsibility responsibility(RandomGenerator r) {
    return Responsibility.of(r.nextInt(2) == 0 ? PartyRole.PROVIDER : PartyRole.CUSTOMER, text(r));
  }

  // ---- agreements -----------------------------------------------------------------------------

  /**
   * Generates an SLA: its windows (see {@link #windows(RandomGenerator)}), one to three
   * services, one to five targets of any family on those services and windows, up to three
   * escalation levels that timer thresholds may go to, two times in three a credit policy whose
   * credited targets are reported per billing period, up to two termination rules,
   * responsibilities and at times a review schedule. The validity starts near the calendar's
   * focus date and lasts a day to three years, or one time in eight has no end.
   *
   * @param r  the source of randomness, not null
   * @return the SLA, not null
   */
  public static Agreement sla(RandomGenerator r) {
    return agreement(
        r,
        id(r, "sla", r.nextInt(10)),
        AgreementKind.SLA,
        party(r, "provider", 0),
        party(r, "customer", 0),
        List.of());
  }

  /**
   * Generates an OLA or an underpinning contract whose targets support targets of the given
   * agreements, each of the supported target's family; five targets in six support one or two
   * targets, one in eight also names a target of {@link #OUTSIDE_AGREEMENT}. The customer is the
   * first given agreement's provider. Given agreements that support others themselves may be
   * supported too (an underpinning contract under an OLA), so the agreements together with the
   * result form a valid {@link AgreementChain} when they did without it.
   *
   * @param r  the source of randomness, not null
   * @param id  the new agreement's id, different from the given agreements' ids, not null
   * @param kind  {@link AgreementKind#OLA} or {@link AgreementKind#UNDERPINNING_CONTRACT}, not null
   * @param supported  the agreements whose targets it supports, not null
   * @return the agreement, not null
   * @throws IllegalArgumentException if {@code kind} is {@link AgreementKind#SLA} or the id is
   *     malformed
   */
  public static Agreement supporting(
      RandomGenerator r, String id, AgreementKind kind, List<Agreement> supported) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(supported, "supported");
    if (!kind.isSupporting()) {
      throw new IllegalArgumentException(
          "A supporting agreement must be an OLA or an underpinning contract: " + kind);
    }
    Party customer =
        supported.isEmpty() ? party(r, "customer", 0) : supported.get(0).provider();
    Party provider =
        party(r, kind == AgreementKind.OLA ? "team" : "supplier", r.nextInt(10));
    if (provider.id().equals(customer.id())) {
      provider = Party.of(customer.id() + "-team", provider.name());
    }
    return agreement(r, id, kind, provider, customer, supported);
  }

  /**
   * Generates a chain: an SLA (see {@link #sla(RandomGenerator)}) and up to three OLAs and
   * underpinning contracts, each supporting targets of the agreements before it (see
   * {@link #supporting(RandomGenerator, String, AgreementKind, List)}), listed in the chain in
   * that order or one time in four in reverse.
   *
   * @param r  the source of randomness, not null
   * @return the chain, not null
   */
  public static AgreementChain chain(RandomGenerator r) {
    List<Agreement> agreements = new ArrayList<>();
    agreements.add(sla(r));
    int supporters = r.nextInt(4);
    for (int i = 1; i <= supporters; i++) {
      boolean uc = oneIn(r, 3);
      agreements.add(
          supporting(
              r,
              id(r, uc ? "uc" : "ola", i),
              uc ? AgreementKind.UNDERPINNING_CONTRACT : AgreementKind.OLA,
              List.copyOf(agreements)));
    }
    if (oneIn(r, 4)) {
      Collections.reverse(agreements);
    }
    return AgreementChain.of(agreements);
  }

  /**
   * Generates an agreement of any kind: one of the agreements of a generated chain.
   *
   * @param r  the source of randomness, not null
   * @return the agreement, not null
   */
  public static Agreement agreement(RandomGenerator r) {
    List<Agreement> agreements = chain(r).agreements();
    return agreements.get(r.nextInt(agreements.size()));
  }

  private static Agreement agreement(
      RandomGenerator r,
      String id,
      AgreementKind kind,
      Party provider,
      Party customer,
      List<Agreement> supported) {
    CalendarSpec spec = CalendarSpecs.calendar(r);
    List<ServiceWindow> windows = windows(r, spec);
    ZoneId zone =
        oneIn(r, 5) ? CalendarSpecs.ZONES.get(r.nextInt(CalendarSpecs.ZONES.size())) : spec.zone();
    Agreement.Builder b =
        Agreement.builder()
            .id(id)
            .kind(kind)
            .title(text(r))
            .provider(provider)
            .customer(customer)
            .validity(validity(r, spec.focus()))
            .zone(zone)
            .addAllWindows(windows);
    List<Service> services = new ArrayList<>();
    int serviceCount = 1 + r.nextInt(3);
    for (int i = 0; i < serviceCount; i++) {
      services.add(service(r, i));
    }
    b.addAllServices(services);
    int levels = r.nextInt(4);
    for (int i = 0; i < levels; i++) {
      b.addEscalation(escalationLevel(r, i));
    }
    List<OutageCause> causes = new ArrayList<>();
    for (OutageCause cause : CUSTOM_CAUSES) {
      if (oneIn(r, 3)) {
        causes.add(OutageCause.of(cause.name(), oneIn(r, 2), text(r)));
      }
    }
    b.addAllOutageCauses(causes);
    boolean credits = kind == AgreementKind.SLA ? !oneIn(r, 3) : oneIn(r, 4);
    ReportingPeriod billing = calendarPeriod(r);
    List<String> credited = new ArrayList<>();
    List<String> targetIds = new ArrayList<>();
    List<Agreement> withTargets = new ArrayList<>();
    supported.stream().filter(a -> !a.targets().isEmpty()).forEach(withTargets::add);
    int targetCount = 1 + r.nextInt(kind == AgreementKind.SLA ? 5 : 3);
    for (int i = 0; i < targetCount; i++) {
      String targetId = id(r, "t", i);
      targetIds.add(targetId);
      Optional<ReportingPeriod> period = Optional.empty();
      if (credits && oneIn(r, 2)) {
        period = Optional.of(billing);
        credited.add(targetId);
      }
      Set<TargetRef> supports = new LinkedHashSet<>();
      Family family;
      if (!withTargets.isEmpty() && !oneIn(r, 6)) {
        MetricTarget first = supportedTarget(r, withTargets, supports);
        family = family(first);
        if (oneIn(r, 3)) {
          Set<TargetRef> more = new LinkedHashSet<>();
          if (family(supportedTarget(r, withTargets, more)) == family) {
            supports.addAll(more);
          }
        }
        if (oneIn(r, 8)
            && !id.equals(OUTSIDE_AGREEMENT)
            && supported.stream().noneMatch(a -> a.id().equals(OUTSIDE_AGREEMENT))) {
          supports.add(TargetRef.of(OUTSIDE_AGREEMENT, "t" + r.nextInt(3)));
        }
      } else {
        family = Family.values()[r.nextInt(Family.values().length)];
      }
      b.addTargets(
          target(
              r,
              family,
              targetId,
              services.get(r.nextInt(services.size())).id(),
              windows.get(r.nextInt(windows.size())).name(),
              period,
              supports,
              levels,
              causes));
    }
    if (credits) {
      b.creditPolicy(creditPolicy(r, billing, credited));
    }
    int rules = r.nextInt(3);
    for (int i = 0; i < rules; i++) {
      b.addTerminationRules(terminationRule(r, targetIds));
    }
    int duties = r.nextInt(3);
    for (int i = 0; i < duties; i++) {
      b.addResponsibilities(responsibility(r));
    }
    if (oneIn(r, 2)) {
      b.reviewSchedule(reviewSchedule(r));
    }
    return b.build();
  }

  /** Picks a target of one of the agreements, adds a reference to it and returns it. */
  private static MetricTarget supportedTarget(
      RandomGenerator r, List<Agreement> agreements, Set<TargetRef> refs) {
    Agreement a = agreements.get(r.nextInt(agreements.size()));
    MetricTarget t = a.targets().get(r.nextInt(a.targets().size()));
    refs.add(TargetRef.of(a.id(), t.id()));
    return t;
  }

  /** A validity within the supported dates (1900-01-01 to 2400-01-01, or open-ended). */
  private static LocalDateRange validity(RandomGenerator r, LocalDate focus) {
    LocalDateRange v = anyValidity(r, focus);
    LocalDate first = ReportingPeriod.FIRST_DATE;
    LocalDate start = v.getStart().isBefore(first) ? first : v.getStart();
    if (v.isUnboundedEnd()) {
      return LocalDateRange.ofUnboundedEnd(start);
    }
    LocalDate end =
        v.getEnd().isAfter(ReportingPeriod.END_DATE) ? ReportingPeriod.END_DATE : v.getEnd();
    return LocalDateRange.of(start, end.isAfter(start) ? end : start.plusDays(1));
  }

  private static LocalDateRange anyValidity(RandomGenerator r, LocalDate focus) {
    LocalDate start;
    switch (r.nextInt(4)) {
      case 1:
        start = focus;
        break;
      case 2:
        start = focus.withDayOfYear(1);
        break;
      case 3:
        start = focus.minusDays(r.nextInt(400));
        break;
      default:
        start = focus.withDayOfMonth(1);
        break;
    }
    switch (r.nextInt(8)) {
      case 1:
        return LocalDateRange.of(start, start.plusDays(1));
      case 2:
        return LocalDateRange.ofUnboundedEnd(start);
      case 3:
        return LocalDateRange.of(start, start.plusMonths(1 + r.nextInt(36)));
      case 4:
        return LocalDateRange.of(start, start.plusDays(1 + r.nextInt(1000)));
      default:
        return LocalDateRange.of(start, start.plusYears(1 + r.nextInt(3)));
    }
  }

  private static void requireNotNegative(String what, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  // ---- descriptions ---------------------------------------------------------------------------

  /**
   * Describes an agreement in full, one attribute per line, for failure reports (its
   * {@code toString} is a one-line summary).
   *
   * @param agreement  the agreement, not null
   * @return the description, not null
   */
  public static String describe(Agreement agreement) {
    StringBuilder sb = new StringBuilder();
    sb.append(agreement).append('\n');
    sb.append("  zone ").append(agreement.zone()).append('\n');
    agreement.services().forEach(s -> sb.append("  service ").append(describeService(s)).append('\n'));
    agreement.windows().forEach(w -> sb.append("  window ").append(w).append('\n'));
    for (MetricTarget t : agreement.targets()) {
      sb.append("  target ").append(t).append('\n');
    }
    agreement.creditPolicy().ifPresent(p -> sb.append("  credits ").append(p).append('\n'));
    agreement.terminationRules().forEach(t -> sb.append("  termination ").append(t).append('\n'));
    agreement.responsibilities().forEach(t -> sb.append("  duty ").append(t).append('\n'));
    agreement.escalation().forEach(t -> sb.append("  escalation ").append(t).append('\n'));
    agreement.reviewSchedule().ifPresent(s -> sb.append("  ").append(s).append('\n'));
    return sb.toString();
  }

  /**
   * Describes every agreement of a chain in full, see {@link #describe(Agreement)}.
   *
   * @param chain  the chain, not null
   * @return the description, not null
   */
  public static String describe(AgreementChain chain) {
    StringBuilder sb = new StringBuilder(chain.toString()).append('\n');
    chain.agreements().forEach(a -> sb.append(describe(a)));
    return sb.toString();
  }

  private static String describeService(Service s) {
    return s.id() + " '" + s.name() + "' weight " + s.weight() + " included " + s.included()
        + " excluded " + s.excluded();
  }
}
