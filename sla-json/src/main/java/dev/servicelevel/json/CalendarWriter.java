package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.CalendarVisitor;
import dev.servicelevel.calendar.HolidayRule;
import dev.servicelevel.calendar.HolidayRuleVisitor;
import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes calendars as specifications: rules, or algebra whose operands are written inline or,
 * when equal to a calendar already named, by name. Unions and intersections nested on the left
 * are written as one list, and versions likewise, which is how they are read back.
 */
final class CalendarWriter {

  /** How deep calendar operations may nest in a written document: {@value}. */
  static final int MAX_NESTING = 16;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Calendars already written under a name, which later operands refer to. */
  private final Map<BusinessCalendar, String> named = new LinkedHashMap<>();

  void name(BusinessCalendar calendar, String name) {
    named.putIfAbsent(calendar, name);
  }

  String nameOf(BusinessCalendar calendar) {
    return named.get(calendar);
  }

  /** How a calendar is made, as one step (operands not visited). */
  private record Shape(
      String op,
      BusinessCalendar left,
      BusinessCalendar right,
      LocalDate date,
      ZoneId zone,
      Consumer<CalendarVisitor.Rules> replay) {}

  private static Shape shape(BusinessCalendar c) {
    return c.accept(
        new CalendarVisitor<Shape>() {
          @Override
          public Shape rules(ZoneId zone, Consumer<Rules> replay) {
            return new Shape("rules", null, null, null, zone, replay);
          }

          @Override
          public Shape union(BusinessCalendar left, BusinessCalendar right) {
            return new Shape("union", left, right, null, null, null);
          }

          @Override
          public Shape intersection(BusinessCalendar left, BusinessCalendar right) {
            return new Shape("intersection", left, right, null, null, null);
          }

          @Override
          public Shape complement(BusinessCalendar operand) {
            return new Shape("complement", operand, null, null, null, null);
          }

          @Override
          public Shape replacedFrom(
              BusinessCalendar before, LocalDate date, BusinessCalendar successor) {
            return new Shape("versions", before, successor, date, null, null);
          }
        });
  }

  /** A reference to a calendar: its name if it has one, else its specification. */
  JsonNode reference(BusinessCalendar c, int depth) {
    String name = named.get(c);
    return name != null ? F.stringNode(name) : spec(c, depth);
  }

  /** The specification of a calendar (never just its name). */
  ObjectNode spec(BusinessCalendar c, int depth) {
    if (depth > MAX_NESTING) {
      throw new IllegalArgumentException(
          "Calendar operations nest more than " + MAX_NESTING
              + " deep, more than a document holds: " + Limits.shown(c));
    }
    Shape s = shape(c);
    ObjectNode o = F.objectNode();
    switch (s.op()) {
      case "rules":
        rules(o, s);
        return o;
      case "complement":
        o.set("complement", reference(s.left(), depth + 1));
        return o;
      case "union":
      case "intersection":
        {
          // a(b(c(x, y), z), w) is written [x, y, z, w] when each left operand is unnamed
          Deque<BusinessCalendar> rights = new ArrayDeque<>();
          BusinessCalendar left = c;
          Shape ls = s;
          while (ls.op().equals(s.op()) && (left == c || !named.containsKey(left))) {
            rights.push(ls.right());
            left = ls.left();
            ls = shape(left);
          }
          ArrayNode list = o.putArray(s.op());
          list.add(reference(left, depth + 1));
          while (!rights.isEmpty()) {
            list.add(reference(rights.pop(), depth + 1));
          }
          return o;
        }
      default:
        {
          Deque<Shape> later = new ArrayDeque<>();
          BusinessCalendar left = c;
          Shape ls = s;
          while (ls.op().equals("versions") && (left == c || !named.containsKey(left))) {
            later.push(ls);
            left = ls.left();
            ls = shape(left);
          }
          ArrayNode list = o.putArray("versions");
          list.addObject().set("calendar", reference(left, depth + 1));
          while (!later.isEmpty()) {
            Shape v = later.pop();
            ObjectNode item = list.addObject();
            item.put("from", v.date().toString());
            item.set("calendar", reference(v.right(), depth + 1));
          }
          return o;
        }
    }
  }

  private static void rules(ObjectNode o, Shape s) {
    o.put("zone", s.zone().getId());
    Map<List<LocalTime>, Set<DayOfWeek>> weekly = new LinkedHashMap<>();
    List<HolidayRule> holidays = new ArrayList<>();
    ArrayNode hoursOn = F.arrayNode();
    ArrayNode closed = F.arrayNode();
    s.replay()
        .accept(
            new CalendarVisitor.Rules() {
              @Override
              public void open(DayOfWeek day, LocalTime start, LocalTime end) {
                weekly
                    .computeIfAbsent(List.of(start, end), k -> EnumSet.noneOf(DayOfWeek.class))
                    .add(day);
              }

              @Override
              public void holiday(HolidayRule rule) {
                holidays.add(rule);
              }

              @Override
              public void hoursOn(LocalDate date, LocalTime start, LocalTime end) {
                ObjectNode h = hoursOn.addObject();
                h.put("date", date.toString());
                h.put("start", start.toString());
                h.put("end", end.toString());
              }

              @Override
              public void closed(LocalDateTime start, LocalDateTime end) {
                ObjectNode c = closed.addObject();
                c.put("start", start.toString());
                c.put("end", end.toString());
              }
            });
    if (!weekly.isEmpty()) {
      ArrayNode w = o.putArray("weekly");
      weekly.forEach(
          (hours, days) -> {
            ObjectNode item = w.addObject();
            ArrayNode ds = item.putArray("days");
            days.forEach(day -> ds.add(day.name()));
            item.put("start", hours.get(0).toString());
            item.put("end", hours.get(1).toString());
          });
    }
    if (!holidays.isEmpty()) {
      ArrayNode hs = o.putArray("holidays");
      holidays.forEach(h -> hs.add(holiday(h)));
    }
    if (!hoursOn.isEmpty()) {
      o.set("hoursOn", hoursOn);
    }
    if (!closed.isEmpty()) {
      o.set("closed", closed);
    }
  }

  static ObjectNode holiday(HolidayRule rule) {
    ObjectNode o = F.objectNode();
    rule.accept(
        new HolidayRuleVisitor<Void>() {
          @Override
          public Void fixed(LocalDate date) {
            o.put("date", date.toString());
            return null;
          }

          @Override
          public Void annual(MonthDay day) {
            o.put("annual", day.toString());
            return null;
          }

          @Override
          public Void nthWeekday(Month month, int n, DayOfWeek day) {
            o.put("weekday", day.name());
            o.put("n", n);
            o.put("month", month.name());
            return null;
          }

          @Override
          public Void easter(int offsetDays) {
            o.put("easter", offsetDays);
            return null;
          }
        });
    if (rule.shift() != ObservedShift.NONE) {
      o.put("observed", rule.shift().name());
    }
    rule.givenName().ifPresent(n -> o.put("name", n));
    return o;
  }
}
