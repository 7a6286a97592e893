package dev.servicelevel.json;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.json.DataJson.BadValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.Interval;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one observation record from a parser positioned on its {@code START_OBJECT} and hands it
 * to a sink; keeps the JSON pointer of the value being read so that a problem names it.
 *
 * <p>Not thread-safe: one per reader.
 */
final class ObservationDecoder {

  // Field bits, in the order of ObservationsJson's table.
  private static final int RECORD = 1;
  private static final int ID = 1 << 1;
  private static final int SERVICE = 1 << 2;
  private static final int START = 1 << 3;
  private static final int END = 1 << 4;
  private static final int CAUSE = 1 << 5;
  private static final int ANNOUNCED_AT = 1 << 6;
  private static final int ANNOUNCED_IN_ADVANCE = 1 << 7;
  private static final int IMPACT = 1 << 8;
  private static final int EVENTS = 1 << 9;
  private static final int TARGET = 1 << 10;
  private static final int AT = 1 << 11;
  private static final int VALUE = 1 << 12;
  private static final int COUNTED = 1 << 13;
  private static final int TOTAL = 1 << 14;

  private static final int OUTAGE_REQUIRED = RECORD | ID | SERVICE | START | END;
  private static final int OUTAGE_ALLOWED =
      OUTAGE_REQUIRED | CAUSE | ANNOUNCED_AT | ANNOUNCED_IN_ADVANCE | IMPACT;
  private static final int TICKET_REQUIRED = RECORD | ID | EVENTS;
  private static final int SAMPLE_REQUIRED = RECORD | TARGET | AT | VALUE;
  private static final int COUNT_REQUIRED = RECORD | TARGET | START | END | COUNTED | TOTAL;

  private static final String[] NAMES = {
    "record", "id", "service", "start", "end", "cause", "announcedAt", "announcedInAdvance",
    "impact", "events", "target", "at", "value", "counted", "total"
  };

  /** The pointer's segments below the record; pointer() joins them. */
  private final String[] path = new String[6];

  private int depth;
  private String prefix = "";

  /** Kind of the record being read, for problems: "outage", "ticket", ... or null. */
  private String record;

  private String id;
  private String service;
  private Instant start;
  private Instant end;
  private OutageCause cause;
  private Instant announcedAt;
  private boolean announcedInAdvance;
  private BigDecimal impact;
  private List<TicketEvent> events;
  private String target;
  private Instant at;
  private BigDecimal value;
  private long counted;
  private long total;

  /**
   * Reads a record and delivers it.
   *
   * @param p  the parser, on the record's START_OBJECT; left on its END_OBJECT
   * @param pointerPrefix  the pointer of the record itself ({@code ""} for a line)
   * @param sink  the sink
   * @throws BadValue for a value breaking the format; model and sink exceptions pass through
   */
  void read(JsonParser p, String pointerPrefix, ObservationSink sink) {
    start(pointerPrefix);
    record = null;
    events = null;
    DataJson.expect(p, JsonToken.START_OBJECT, "A record");
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      push(name);
      p.nextToken();
      int bit = field(name);
      if (bit == 0) {
        if (!name.startsWith("x-")) {
          throw new BadValue(
              "Unknown field (extensions start with x-): " + Limits.shown(name)
                  + "; a record has " + String.join(", ", NAMES));
        }
        p.skipChildren();
      } else {
        read(p, bit, name);
        seen |= bit;
      }
      pop();
    }
    deliver(seen, sink);
  }

  private static int field(String name) {
    switch (name) {
      case "record":
        return RECORD;
      case "id":
        return ID;
      case "service":
        return SERVICE;
      case "start":
        return START;
      case "end":
        return END;
      case "cause":
        return CAUSE;
      case "announcedAt":
        return ANNOUNCED_AT;
      case "announcedInAdvance":
        return ANNOUNCED_IN_ADVANCE;
      case "impact":
        return IMPACT;
      case "events":
        return EVENTS;
      case "target":
        return TARGET;
      case "at":
        return AT;
      case "value":
        return VALUE;
      case "counted":
        return COUNTED;
      case "total":
        return TOTAL;
      default:
        return 0;
    }
  }

  private void read(JsonParser p, int bit, String name) {
    switch (bit) {
      case RECORD:
        record = DataJson.text(p, name);
        break;
      case ID:
        id = DataJson.nonBlank(p, name);
        break;
      case SERVICE:
        service = DataJson.nonBlank(p, name);
        break;
      case START:
        start = DataJson.instant(p, name);
        break;
      case END:
        end = DataJson.instant(p, name);
        break;
      case CAUSE:
        cause = cause(DataJson.text(p, name));
        break;
      case ANNOUNCED_AT:
        announcedAt = DataJson.instant(p, name);
        break;
      case ANNOUNCED_IN_ADVANCE:
        announcedInAdvance = DataJson.bool(p, name);
        break;
      case IMPACT:
        impact = DataJson.decimal(p, name);
        break;
      case EVENTS:
        events = events(p);
        break;
      case TARGET:
        target = DataJson.nonBlank(p, name);
        break;
      case AT:
        at = DataJson.instant(p, name);
        break;
      case VALUE:
        value = DataJson.decimal(p, name);
        break;
      case COUNTED:
        counted = DataJson.wholeNumber(p, name);
        break;
      case TOTAL:
        total = DataJson.wholeNumber(p, name);
        break;
      default:
        throw new AssertionError(bit);
    }
  }

  private static OutageCause cause(String text) {
    for (OutageCause c : OutageCause.predefined()) {
      if (c.name().equals(text)) {
        return c;
      }
    }
    throw new BadValue(
        "cause must be one of " + OutageCause.predefined() + ": " + Limits.shown(text));
  }

  private List<TicketEvent> events(JsonParser p) {
    DataJson.expect(p, JsonToken.START_ARRAY, "events");
    List<TicketEvent> list = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(Integer.toString(i++));
      list.add(event(p));
      pop();
    }
    return list;
  }

  private TicketEvent event(JsonParser p) {
    DataJson.expect(p, JsonToken.START_OBJECT, "An event");
    TicketEvent.Builder b = TicketEvent.builder();
    boolean hasAt = false;
    boolean hasType = false;
    boolean hasFields = false;
    boolean hasCleared = false;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      push(name);
      p.nextToken();
      switch (name) {
        case "at":
          hasAt = once(hasAt, name);
          b.at(DataJson.instant(p, "events[].at"));
          break;
        case "type":
          hasType = once(hasType, name);
          b.type(DataJson.nonBlank(p, "events[].type"));
          break;
        case "fields":
          hasFields = once(hasFields, name);
          DataJson.expect(p, JsonToken.START_OBJECT, "events[].fields");
          for (String f = p.nextName(); f != null; f = p.nextName()) {
            push(f);
            p.nextToken();
            b.putFields(f, DataJson.text(p, "A field value"));
            pop();
          }
          break;
        case "cleared":
          hasCleared = once(hasCleared, name);
          DataJson.expect(p, JsonToken.START_ARRAY, "events[].cleared");
          int j = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            push(Integer.toString(j++));
            b.addClearedFields(DataJson.text(p, "A cleared field name"));
            pop();
          }
          break;
        default:
          if (!name.startsWith("x-")) {
            throw new BadValue(
                "Unknown field of an event (extensions start with x-): " + Limits.shown(name)
                    + "; an event has at, type, fields, cleared");
          }
          p.skipChildren();
      }
      pop();
    }
    if (!hasAt) {
      throw new BadValue("An event must have the field at");
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new BadValue(e.getMessage());
    }
  }

  private static boolean once(boolean seen, String name) {
    // Duplicate names are caught by the parser already; this guards sources without detection.
    if (seen) {
      throw new BadValue("Duplicate field: " + name);
    }
    return true;
  }

  private void deliver(int seen, ObservationSink sink) {
    if ((seen & RECORD) == 0) {
      throw new BadValue("A record must have the field record: outage, ticket, sample or count");
    }
    switch (record) {
      case "outage":
        check(seen, OUTAGE_REQUIRED, OUTAGE_ALLOWED);
        sink.outage(outage(seen));
        break;
      case "ticket":
        check(seen, TICKET_REQUIRED, TICKET_REQUIRED);
        sink.ticket(TicketHistory.of(id, events));
        break;
      case "sample":
        check(seen, SAMPLE_REQUIRED, SAMPLE_REQUIRED);
        sink.sample(target, at, value);
        break;
      case "count":
        check(seen, COUNT_REQUIRED, COUNT_REQUIRED);
        sink.count(target, EventCount.of(interval(), counted, total));
        break;
      default:
        push("record");
        throw new BadValue(
            "record must be outage, ticket, sample or count: " + Limits.shown(record));
    }
  }

  private Outage outage(int seen) {
    Outage.Builder b = Outage.builder().id(id).service(service).interval(interval());
    if ((seen & CAUSE) != 0) {
      b.cause(cause);
    }
    if ((seen & ANNOUNCED_AT) != 0) {
      b.announcedAt(announcedAt);
    }
    if ((seen & ANNOUNCED_IN_ADVANCE) != 0) {
      b.announcedInAdvance(announcedInAdvance);
    }
    if ((seen & IMPACT) != 0) {
      b.impact(impact);
    }
    return b.build();
  }

  private Interval interval() {
    if (end.isBefore(start)) {
      push("end");
      throw new BadValue("end must not be before start: " + start + " / " + end);
    }
    return Interval.of(start, end);
  }

  private void check(int seen, int required, int allowed) {
    int missing = required & ~seen;
    if (missing != 0) {
      throw new BadValue("A " + record + " record must have the field " + name(missing));
    }
    int extra = seen & ~allowed;
    if (extra != 0) {
      push(name(extra));
      throw new BadValue("A " + record + " record has no field " + name(extra));
    }
  }

  private static String name(int bits) {
    return NAMES[Integer.numberOfTrailingZeros(bits)];
  }

  private void push(String segment) {
    if (depth < path.length) {
      path[depth] = segment;
    }
    depth++;
  }

  private void pop() {
    depth--;
  }

  /**
   * Points at a new record, before its first token is read: a problem in that token (invalid
   * JSON) then names the record, not a value of an earlier one.
   *
   * @param pointerPrefix  the pointer of the record itself ({@code ""} for a line)
   */
  void start(String pointerPrefix) {
    prefix = pointerPrefix;
    depth = 0;
  }

  /** The pointer of the value being read when a problem arose. */
  String pointer() {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < Math.min(depth, path.length); i++) {
      sb.append('/').append(DataJson.pointerPart(path[i]));
    }
    return sb.toString();
  }

  /** Kind of the record being read when a problem arose, or null if not known yet. */
  String record() {
    return record;
  }
}
