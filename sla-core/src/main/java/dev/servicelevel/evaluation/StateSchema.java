package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an accumulator state's tree (see {@link AccumulatorState#tree()}): which parts
 * each map holds, of which type, within which bounds. {@link #normalize} checks a tree and
 * returns it in canonical form (parts in the order below, leaves typed), or throws an
 * {@link AccumulatorStateException} naming the part by its JSON pointer.
 */
final class StateSchema {

  /** The kinds of target state. */
  static final String AVAILABILITY = "availability";

  static final String TICKET_TIMER = "ticketTimer";
  static final String SAMPLES = "samples";
  static final String RATIO = "ratio";
  static final String SLICES = "slices";

  /** Characters of a decimal's text form read at most. */
  private static final int MAX_DECIMAL_CHARS = 100;
  /** Digits after the point a stored decimal may have (sums and ratios are exact). */
  private static final int MAX_SCALE = 40;
  /** Bits of a stored decimal's unscaled value: sums of many values stay far below. */
  private static final int MAX_BITS = 256;
  /**
   * Bits of an unscaled value whose trailing zeros are dropped to fit: those of a decimal of
   * {@link dev.servicelevel.agreement.Limits#MAX_DECIMAL_WRITTEN_DIGITS} digits, the longest the
   * boundary accepts with more than 18 digits after the point (33,220).
   */
  private static final int MAX_STRIPPED_BITS =
      BigInteger.TEN.pow(Limits.MAX_DECIMAL_WRITTEN_DIGITS).bitLength();

  private StateSchema() {}

  static Map<String, Object> normalize(Map<?, ?> raw) {
    Fields f = new Fields(raw, "");
    f.text("agreement");
    f.text("digest");
    f.date("date");
    f.instant("asOf");
    f.count("worstRecords");
    f.count("explanationPage");
    f.count("unevaluableRecords");
    List<Object> targets = new ArrayList<>();
    List<?> list = f.list("targets");
    for (int i = 0; i < list.size(); i++) {
      targets.add(target(list.get(i), f.path + "/targets/" + i));
    }
    f.put("targets", targets);
    return f.done();
  }

  private static Map<String, Object> target(Object raw, String path) {
    Fields f = new Fields(raw, path);
    f.text("target");
    String kind = f.text("kind");
    f.counts("reasons");
    switch (kind) {
      case AVAILABILITY:
        f.records("countedRecords");
        f.records("excludedRecords");
        unevaluable(f);
        f.count("outagesCounted");
        f.count("outagesNotCounted");
        {
          List<Object> steps = new ArrayList<>();
          List<?> list = f.list("downtime");
          for (int i = 0; i < list.size(); i++) {
            Fields s = new Fields(list.get(i), f.path + "/downtime/" + i);
            s.instant("at");
            s.decimal("impact");
            steps.add(s.done());
          }
          f.put("downtime", steps);
        }
        break;
      case TICKET_TIMER:
        f.records("breachedRecords");
        f.records("notCountedRecords");
        unevaluable(f);
        f.count("met");
        f.count("breached");
        f.count("pending");
        f.count("excluded");
        break;
      case SAMPLES:
        measurement(f);
        f.count("samples");
        f.count("meeting");
        f.decimal("sum");
        if (f.has("max")) {
          f.decimal("max");
        }
        if (f.has("scale") || f.has("distribution")) {
          f.count("scale");
          List<Object> values = new ArrayList<>();
          List<?> list = f.list("distribution");
          for (int i = 0; i < list.size(); i++) {
            Fields s = new Fields(list.get(i), f.path + "/distribution/" + i);
            s.decimal("value");
            s.count("count");
            values.add(s.done());
          }
          f.put("distribution", values);
        }
        break;
      case RATIO:
        measurement(f);
        f.count("countedEvents");
        f.count("totalEvents");
        break;
      case SLICES:
        measurement(f);
        {
          List<Object> slices = new ArrayList<>();
          List<?> list = f.list("slices");
          for (int i = 0; i < list.size(); i++) {
            Fields s = new Fields(list.get(i), f.path + "/slices/" + i);
            s.count("index");
            s.count("counted");
            s.count("total");
            slices.add(s.done());
          }
          f.put("slices", slices);
        }
        break;
      default:
        throw new AccumulatorStateException(
            path + "/kind",
            "Accumulator state part " + path + "/kind must be one of availability, ticketTimer,"
                + " samples, ratio, slices: " + Limits.shown(kind));
    }
    return f.done();
  }

  private static void measurement(Fields f) {
    f.records("worstRecords");
    f.records("outsideRecords");
  }

  private static void unevaluable(Fields f) {
    f.count("unevaluableCount");
    List<Object> records = new ArrayList<>();
    List<?> list = f.list("unevaluableRecords");
    for (int i = 0; i < list.size(); i++) {
      Fields s = new Fields(list.get(i), f.path + "/unevaluableRecords/" + i);
      s.enumName("kind", UnevaluableRecord.Kind.class);
      s.text("id");
      s.text("target");
      s.enumName("reason", UnevaluableRecord.Reason.class);
      s.text("text");
      records.add(s.done());
    }
    f.put("unevaluableRecords", records);
  }

  /** Escapes a key for a JSON pointer (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** Reads the parts of one map, in order, and rejects the parts it did not read. */
  static final class Fields {
    final Map<?, ?> raw;
    final String path;
    final Map<String, Object> out = new LinkedHashMap<>();

    Fields(Object raw, String path) {
      this.path = path;
      if (!(raw instanceof Map)) {
        throw wrong(path, "a map", raw);
      }
      this.raw = (Map<?, ?>) raw;
    }

    boolean has(String key) {
      return raw.containsKey(key);
    }

    private Object get(String key) {
      Object v = raw.get(key);
      if (v == null) {
        String at = path + "/" + escape(key);
        throw new AccumulatorStateException(
            at, "Accumulator state lacks the part " + at + ", which is required");
      }
      return v;
    }

    private String at(String key) {
      return path + "/" + escape(key);
    }

    void put(String key, List<Object> value) {
      out.put(key, Collections.unmodifiableList(value));
    }

    void put(String key, Map<String, Object> value) {
      out.put(key, Collections.unmodifiableMap(value));
    }

    String text(String key) {
      Object v = get(key);
      if (!(v instanceof String)) {
        throw wrong(at(key), "a string", v);
      }
      out.put(key, v);
      return (String) v;
    }

    <E extends Enum<E>> void enumName(String key, Class<E> type) {
      String name = text(key);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return;
        }
      }
      throw new AccumulatorStateException(
          at(key),
          "Accumulator state part " + at(key) + " must name a " + type.getSimpleName() + ": "
              + Limits.shown(name));
    }

    void date(String key) {
      String text = text(key);
      try {
        LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw wrong(at(key), "an ISO date such as 2025-03-01", text);
      }
    }

    long count(String key) {
      Long v = countValue(get(key), at(key));
      out.put(key, v);
      return v;
    }

    void bool(String key) {
      Object v = get(key);
      if (!(v instanceof Boolean)) {
        throw wrong(at(key), "true or false", v);
      }
      out.put(key, v);
    }

    void decimal(String key) {
      out.put(key, decimalValue(get(key), at(key)));
    }

    void instant(String key) {
      out.put(key, instantValue(get(key), at(key)));
    }

    List<?> list(String key) {
      Object v = get(key);
      if (!(v instanceof List)) {
        throw wrong(at(key), "a list", v);
      }
      return (List<?>) v;
    }

    /** A map of reason to count, in the order of the reasons. */
    void counts(String key) {
      Object v = get(key);
      if (!(v instanceof Map)) {
        throw wrong(at(key), "a map", v);
      }
      Map<String, Object> counts = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        String name = key(e.getKey(), at(key));
        counts.put(name, countValue(e.getValue(), at(key) + "/" + escape(name)));
      }
      out.put(key, Collections.unmodifiableMap(counts));
    }

    /** A list of explained records. */
    void records(String key) {
      List<Object> records = new ArrayList<>();
      List<?> list = list(key);
      for (int i = 0; i < list.size(); i++) {
        Fields r = new Fields(list.get(i), at(key) + "/" + i);
        r.text("id");
        r.bool("counted");
        r.enumName("code", ReasonCode.class);
        r.text("reason");
        r.decimal("amount");
        Object v = r.get("figures");
        if (!(v instanceof Map)) {
          throw wrong(r.at("figures"), "a map", v);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          String name = key(e.getKey(), r.at("figures"));
          figures.put(name, decimalValue(e.getValue(), r.at("figures") + "/" + escape(name)));
        }
        r.put("figures", figures);
        records.add(r.done());
      }
      out.put(key, Collections.unmodifiableList(records));
    }

    Map<String, Object> done() {
      if (out.size() != raw.size()) {
        for (Object k : raw.keySet()) {
          if (!(k instanceof String) || !out.containsKey(k)) {
            String at = path + "/" + escape(String.valueOf(k));
            throw new AccumulatorStateException(
                at,
                "Accumulator state has a part this format does not define: " + Limits.shown(at));
          }
        }
      }
      return Collections.unmodifiableMap(out);
    }
  }

  private static String key(Object key, String path) {
    if (!(key instanceof String)) {
      throw wrong(path, "a map with string keys", key);
    }
    return (String) key;
  }

  private static Long countValue(Object v, String path) {
    long n;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      n = ((Number) v).longValue();
    } else if (v instanceof BigInteger && ((BigInteger) v).bitLength() < 64) {
      n = ((BigInteger) v).longValue();
    } else {
      throw wrong(path, "a whole number from 0 to " + Long.MAX_VALUE, v);
    }
    if (n < 0) {
      throw wrong(path, "a whole number from 0 to " + Long.MAX_VALUE, v);
    }
    return n;
  }

  private static BigDecimal decimalValue(Object v, String path) {
    BigDecimal d;
    if (v instanceof BigDecimal) {
      d = (BigDecimal) v;
    } else if (v instanceof String && ((String) v).length() <= MAX_DECIMAL_CHARS) {
      try {
        d = new BigDecimal((String) v);
      } catch (NumberFormatException e) {
        throw wrong(path, "a decimal in text form such as \"99.95\"", v);
      }
    } else {
      throw wrong(path, "a decimal in text form such as \"99.95\"", v);
    }
    if (!fits(d)) {
      // an accepted sample may be written with many trailing zeros (0E-100, or 1 with 45 zeros
      // after the point): kept in its shortest form, which is equal and fits
      d = shortest(d);
      if (d == null || !fits(d)) {
        throw wrong(
            path,
            "a decimal with at most " + MAX_SCALE + " digits after the point and an unscaled"
                + " value of at most " + MAX_BITS + " bits, scale at least -" + MAX_SCALE
                + ", once trailing zeros are dropped",
            v);
      }
    }
    return d;
  }

  private static boolean fits(BigDecimal d) {
    return d.scale() <= MAX_SCALE && d.scale() >= -MAX_SCALE
        && d.unscaledValue().bitLength() <= MAX_BITS;
  }

  /**
   * The decimal without trailing zeros (0 for zero), or null if its unscaled value has more than
   * {@link #MAX_STRIPPED_BITS} bits: dropping zeros one by one is quadratic in the length.
   */
  private static BigDecimal shortest(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return d.unscaledValue().bitLength() > MAX_STRIPPED_BITS ? null : d.stripTrailingZeros();
  }

  private static Instant instantValue(Object v, String path) {
    Instant t;
    if (v instanceof Instant) {
      t = (Instant) v;
    } else if (v instanceof String && ((String) v).length() <= MAX_DECIMAL_CHARS) {
      try {
        t = OffsetDateTime.parse((String) v).toInstant();
      } catch (DateTimeException e) {
        throw wrong(path, "an RFC 3339 instant such as 2025-03-01T00:00:00Z", v);
      }
    } else {
      throw wrong(path, "an RFC 3339 instant such as 2025-03-01T00:00:00Z", v);
    }
    if (t.isBefore(Limits.EARLIEST) || t.isAfter(Limits.LATEST)) {
      throw wrong(path, "an instant within " + Limits.EARLIEST + " and " + Limits.LATEST, v);
    }
    return t;
  }

  static AccumulatorStateException wrong(String path, String rule, Object value) {
    String shown =
        value instanceof BigDecimal ? Limits.shown(((BigDecimal) value).toString())
            : value instanceof Map ? "a map"
            : value instanceof List ? "a list"
            : Limits.shown(value);
    return new AccumulatorStateException(
        path,
        "Accumulator state part " + (path.isEmpty() ? "/" : path) + " must be " + rule + ": "
            + shown);
  }
}
