package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads calendar specifications: rules (zone, weekly hours, holidays, dated hours, closures) or
 * algebra (union, intersection, complement, versions) over inline calendars and named ones.
 * A name is looked up in the scope's own calendars first (an agreement's {@code calendars}),
 * then among the Calendar documents read together.
 */
final class CalendarReader {

  /**
   * How deep calendars may nest, counting both inline operands and references to named
   * calendars: {@value}. Bounds the reader's recursion.
   */
  static final int MAX_REFERENCE_DEPTH = 64;

  static final String[] RULE_KEYS = {"zone", "weekly", "holidays", "hoursOn", "closed"};
  static final String[] ALGEBRA_KEYS = {"union", "intersection", "complement", "versions"};

  /** A set of named calendar specifications and what has been resolved of them. */
  static final class Scope {
    final Scope parent;
    final Map<String, Node> specs;
    final Map<String, BusinessCalendar> resolved = new HashMap<>();
    final Set<String> failed = new HashSet<>();
    final Set<String> resolving = new HashSet<>();

    Scope(Scope parent, Map<String, Node> specs) {
      this.parent = parent;
      this.specs = specs;
    }
  }

  private final Decoding d;

  CalendarReader(Decoding d) {
    this.d = d;
  }

  /** A calendar: a name (a string) or an inline specification (an object). */
  BusinessCalendar calendar(Node n, Scope scope, int depth) {
    if (depth > MAX_REFERENCE_DEPTH) {
      d.problem(n, "depth", "Calendars nest (inline or by name) more than "
          + MAX_REFERENCE_DEPTH + " deep");
      return null;
    }
    if (n.type == Node.Type.STRING) {
      return named(n, scope, depth);
    }
    if (!n.isObject()) {
      d.problem(n, "type", "Calendar must be a name or an object, not " + n.typeName());
      return null;
    }
    for (String op : ALGEBRA_KEYS) {
      if (n.fields.containsKey(op)) {
        return algebra(n, op, scope, depth);
      }
    }
    return rules(n);
  }

  /** Resolves every named calendar of a scope, so that each problem is reported once. */
  void resolveAll(Scope scope) {
    for (Map.Entry<String, Node> e : scope.specs.entrySet()) {
      resolve(e.getKey(), e.getValue(), scope, 0);
    }
  }

  private BusinessCalendar named(Node ref, Scope scope, int depth) {
    String name = ref.text;
    for (Scope s = scope; s != null; s = s.parent) {
      Node spec = s.specs.get(name);
      if (spec != null) {
        if (s.failed.contains(name)) {
          return null;
        }
        if (s.resolving.contains(name)) {
          d.problem(ref, "reference", "Calendars refer to each other in a circle: "
              + Limits.shown(name));
          return null;
        }
        return resolve(name, spec, s, depth + 1);
      }
    }
    d.problem(ref, "reference", "No calendar has this name: " + Limits.shown(name));
    return null;
  }

  private BusinessCalendar resolve(String name, Node spec, Scope s, int depth) {
    BusinessCalendar done = s.resolved.get(name);
    if (done != null || s.failed.contains(name)) {
      return done;
    }
    s.resolving.add(name);
    int before = d.count();
    BusinessCalendar c = calendar(spec, s, depth);
    s.resolving.remove(name);
    if (c == null || d.count() != before) {
      s.failed.add(name);
      return null;
    }
    s.resolved.put(name, c);
    return c;
  }

  private BusinessCalendar algebra(Node n, String op, Scope scope, int depth) {
    if (!d.object(n, "Calendar algebra", op)) {
      return null;
    }
    for (String other : ALGEBRA_KEYS) {
      if (!other.equals(op) && n.fields.containsKey(other)) {
        return null; // reported as an unknown field: one operation per object
      }
    }
    int before = d.count();
    Node arg = n.get(op);
    switch (op) {
      case "complement":
        {
          BusinessCalendar c = calendar(arg, scope, depth + 1);
          return c == null ? null : c.complement();
        }
      case "union":
      case "intersection":
        {
          List<Node> items = d.list(arg);
          if (items == null) {
            return null;
          }
          if (items.size() < 2) {
            d.problem(arg, "model", "A " + op + " needs at least two calendars: " + items.size());
            return null;
          }
          BusinessCalendar acc = null;
          for (Node item : items) {
            BusinessCalendar c = calendar(item, scope, depth + 1);
            if (c != null && d.count() == before) {
              acc = acc == null ? c : op.equals("union") ? acc.union(c) : acc.intersection(c);
            }
          }
          return d.count() == before ? acc : null;
        }
      default:
        return versions(arg, scope, depth);
    }
  }

  private BusinessCalendar versions(Node arg, Scope scope, int depth) {
    List<Node> items = d.list(arg);
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      d.problem(arg, "model", "Versions need at least one calendar");
      return null;
    }
    int before = d.count();
    BusinessCalendar acc = null;
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (!d.object(item, "Calendar version", "from", "calendar")) {
        continue;
      }
      Node from = d.optional(item, "from");
      LocalDate date = null;
      if (i == 0 && from != null) {
        d.problem(from, "model", "The first version applies from the start and has no from date");
      } else if (i > 0) {
        Node f = d.required(item, "from", "A later calendar version");
        date = f == null ? null : d.date(f);
      }
      Node cal = d.required(item, "calendar", "A calendar version");
      BusinessCalendar c = cal == null ? null : calendar(cal, scope, depth + 1);
      if (c != null && d.count() == before) {
        if (acc == null) {
          acc = c;
        } else if (date != null) {
          acc = acc.replacedFrom(date, c);
        }
      }
    }
    return d.count() == before ? acc : null;
  }

  private BusinessCalendar rules(Node n) {
    if (!d.object(n, "Calendar", RULE_KEYS)) {
      return null;
    }
    int before = d.count();
    Node zoneNode = d.required(n, "zone", "A calendar of rules");
    ZoneId zone = zoneNode == null ? null : d.zone(zoneNode);
    if (zone == null) {
      return null;
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (Node w : d.optionalList(n, "weekly")) {
      if (!d.object(w, "Weekly hours", "days", "start", "end")) {
        continue;
      }
      Node daysNode = d.required(w, "days", "Weekly hours");
      LocalTime start = time(w, "start", "Weekly hours");
      LocalTime end = time(w, "end", "Weekly hours");
      if (daysNode == null || d.list(daysNode) == null) {
        continue;
      }
      if (daysNode.items.isEmpty()) {
        d.problem(daysNode, "model", "Weekly hours need at least one day");
      }
      for (Node day : daysNode.items) {
        DayOfWeek dow = d.enumValue(day, DayOfWeek.class);
        if (dow != null && start != null && end != null) {
          d.model(day, () -> b.open(dow, start, end));
        }
      }
    }
    for (Node h : d.optionalList(n, "holidays")) {
      HolidayRule rule = holiday(h);
      if (rule != null) {
        d.model(h, () -> b.holiday(rule));
      }
    }
    for (Node h : d.optionalList(n, "hoursOn")) {
      if (!d.object(h, "Dated hours", "date", "start", "end")) {
        continue;
      }
      Node dateNode = d.required(h, "date", "Dated hours");
      LocalDate date = dateNode == null ? null : d.date(dateNode);
      LocalTime start = time(h, "start", "Dated hours");
      LocalTime end = time(h, "end", "Dated hours");
      if (date != null && start != null && end != null) {
        d.model(h, () -> b.hoursOn(date, start, end));
      }
    }
    for (Node c : d.optionalList(n, "closed")) {
      if (!d.object(c, "Closure", "start", "end")) {
        continue;
      }
      Node s = d.required(c, "start", "A closure");
      Node e = d.required(c, "end", "A closure");
      LocalDateTime start = s == null ? null : d.dateTime(s);
      LocalDateTime end = e == null ? null : d.dateTime(e);
      if (start != null && end != null) {
        d.model(c, () -> b.closed(start, end));
      }
    }
    return d.count() == before ? b.build() : null;
  }

  private LocalTime time(Node obj, String key, String what) {
    Node t = d.required(obj, key, what);
    return t == null ? null : d.time(t);
  }

  private HolidayRule holiday(Node h) {
    if (!d.object(h, "Holiday", "date", "annual", "month", "n", "weekday", "easter", "name",
        "observed")) {
      return null;
    }
    int before = d.count();
    int forms = 0;
    HolidayRule rule = null;
    Node date = d.optional(h, "date");
    Node annual = d.optional(h, "annual");
    Node easter = d.optional(h, "easter");
    Node weekday = d.optional(h, "weekday");
    if (date != null) {
      forms++;
      LocalDate v = d.date(date);
      rule = v == null ? null : d.model(date, () -> HolidayRule.fixed(v));
    }
    if (annual != null) {
      forms++;
      MonthDay v = d.parsed(annual, "ISO month-day (--mm-dd)", MonthDay::parse);
      rule = v == null ? null : HolidayRule.annual(v);
    }
    if (easter != null) {
      forms++;
      Integer v = d.integer(easter);
      rule = v == null ? null : d.model(easter, () -> HolidayRule.easter(v));
    }
    if (weekday != null || h.fields.containsKey("month") || h.fields.containsKey("n")) {
      forms++;
      Node w = d.required(h, "weekday", "An n-th weekday holiday");
      Node m = d.required(h, "month", "An n-th weekday holiday");
      Node nth = d.required(h, "n", "An n-th weekday holiday");
      DayOfWeek dow = w == null ? null : d.enumValue(w, DayOfWeek.class);
      Month month = m == null ? null : d.enumValue(m, Month.class);
      Integer count = nth == null ? null : d.integer(nth);
      rule = dow == null || month == null || count == null ? null
          : d.model(nth, () -> HolidayRule.nthWeekday(month, count, dow));
    }
    if (forms != 1) {
      d.problem(h, "model", "A holiday needs exactly one of date, annual, weekday (with month"
          + " and n) or easter: " + forms + " given");
      return null;
    }
    if (rule == null || d.count() != before) {
      return null;
    }
    Node observed = d.optional(h, "observed");
    if (observed != null) {
      ObservedShift shift = d.enumValue(observed, ObservedShift.class);
      if (shift == null) {
        return null;
      }
      rule = rule.observed(shift);
    }
    Node name = d.optional(h, "name");
    if (name != null) {
      String s = d.string(name);
      HolidayRule unnamed = rule;
      rule = s == null ? null : d.model(name, () -> unnamed.named(s));
    }
    return rule;
  }
}
