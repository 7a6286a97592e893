package dev.servicelevel.json;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Imports OpenSLO v1 {@code SLO} documents as measurement targets.
 *
 * <p>Each objective of an SLO becomes one {@link MeasurementTarget} with the SLO's service, the
 * service window given to {@link #read(String, String, String)}, and the period of its
 * {@code timeWindow}. Its id is the SLO's {@code metadata.name}, followed by {@code -1},
 * {@code -2}, ... when the SLO has several objectives. OpenSLO's {@code target} (a fraction,
 * {@code 0.995}) and {@code targetPercent} ({@code 99.5}) become our objective in percent, exactly
 * (decimal point moved, never through a double).
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>OpenSLO</th><th>ours</th></tr>
 *   <tr><td>{@code thresholdMetric}, {@code Occurrences}, objective {@code op} + {@code value}</td>
 *       <td>{@link Indicator#samplesMeeting(Comparison, BigDecimal)} with {@code op value},
 *       share {@code >=} target percent (samples)</td></tr>
 *   <tr><td>{@code ratioMetric} good/total, {@code Occurrences}</td>
 *       <td>{@link Indicator#ratio()} {@code >=} target percent (event counts of good/total)</td></tr>
 *   <tr><td>{@code ratioMetric} bad/total, {@code Occurrences}</td>
 *       <td>{@link Indicator#ratio()} {@code <=} 100 minus target percent (event counts of
 *       bad/total)</td></tr>
 *   <tr><td>{@code ratioMetric}, {@code Timeslices}, {@code timeSliceTarget},
 *       {@code timeSliceWindow}</td>
 *       <td>{@link Indicator#timeslices(Duration, Comparison, BigDecimal)}: a slice is good
 *       when its good ratio is {@code >=} the slice target (bad ratio {@code <=} 100 minus it);
 *       share of good slices {@code >=} target percent</td></tr>
 *   <tr><td>{@code ratioMetric}, {@code RatioTimeslices}, {@code timeSliceWindow}</td>
 *       <td>{@link Indicator#ratioTimeslices(Duration)}: the mean of the slices' good ratios
 *       {@code >=} target percent (of bad ratios {@code <=} 100 minus it)</td></tr>
 *   <tr><td>{@code timeWindow} rolling {@code Nd} / {@code Nw}</td>
 *       <td>{@link ReportingPeriod#rollingDays(int)} of N or 7N days</td></tr>
 *   <tr><td>{@code timeWindow} calendar {@code 1w} / {@code 1M} / {@code 1Q} / {@code 1Y}</td>
 *       <td>calendar week, month, quarter, year; {@code calendar.timeZone} is given as
 *       {@link #zones()} (the agreement's zone)</td></tr>
 *   <tr><td>{@code compositeWeight}</td><td>the target's weight</td></tr>
 * </table>
 *
 * <p>Not imported, each reported in {@link #notes()} with its location and the reason:
 * Timeslices over a {@code thresholdMetric}, {@code raw} ratio metrics (we need counts, not ratios), time windows
 * of minutes, hours, or calendar windows other than one week, month, quarter or year, and
 * documents of other kinds (DataSource, Service, AlertPolicy, ...). Kept as metadata
 * ({@link #metadata()}, JSON text by JSON pointer): the SLO's {@code metadata} (labels,
 * annotations, display name), description, the indicator with its data-source queries, the
 * objective as written, {@code calendar.startTime} (our calendar periods start at their
 * boundary, at midnight in the agreement's zone) and {@code alertPolicies}. Nothing is dropped
 * silently; an {@code op} or {@code value} given with a ratio metric is kept as metadata and
 * noted, since OpenSLO uses them only with a {@code thresholdMetric}.
 *
 * <p>An SLO without a {@code timeWindow} gets the targets' default period (calendar month),
 * noted.
 *
 * <p>Strictness: a document that is not YAML, not {@code apiVersion: openslo/v1}, or an SLO or
 * SLI with an unknown field, a missing required field or a value of the wrong type, is rejected
 * with a {@link DocumentException} that lists every problem ({@link Problem}: source, JSON
 * pointer, line and column, rule). The YAML is read by {@link Mappers}' safe reader: anchors,
 * aliases, tags and duplicate keys are rejected, the text is at most
 * {@value Mappers#MAX_DOCUMENT_BYTES} bytes.
 *
 * <pre>{@code
 * OpenSloImport slo = OpenSloImport.read(Path.of("search-slo.yaml"), "always");
 * slo.targets();   // [search-slo: share of samples < 500 >= 99]
 * slo.notes();     // [... kept as metadata: alertPolicies ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenSloImport {

  /** The OpenSLO version imported: {@value}. */
  public static final String API_VERSION = "openslo/v1";

  private static final Pattern SHORTHAND = Pattern.compile("([1-9][0-9]{0,5})([mhdwMQY])");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<String> SLO_FIELDS =
      Set.of(
          "description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod",
          "objectives", "alertPolicies");
  private static final Set<String> OBJECTIVE_FIELDS =
      Set.of(
          "displayName", "op", "value", "target", "targetPercent", "timeSliceTarget",
          "timeSliceWindow", "indicator", "indicatorRef", "compositeWeight");
  private static final Set<String> TOP_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");

  private final List<MeasurementTarget> targets;
  private final Map<String, ZoneId> zones;
  private final Map<String, Map<String, String>> metadata;
  private final List<String> notes;

  private OpenSloImport(Reading r) {
    this.targets = List.copyOf(r.targets);
    this.zones = Collections.unmodifiableMap(new LinkedHashMap<>(r.zones));
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    r.metadata.forEach((k, v) -> m.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.metadata = Collections.unmodifiableMap(m);
    this.notes = List.copyOf(r.notes);
  }

  /**
   * Imports the SLOs of a YAML file (one or more documents), see
   * {@link #read(String, String, String)}.
   *
   * @param file  the file, UTF-8, not null
   * @param window  the id of the service window the targets are measured in, not blank
   * @return the import, not null
   * @throws DocumentException if the documents break the rules above, listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static OpenSloImport read(Path file, String window) {
    Objects.requireNonNull(file, "file");
    try {
      long bytes = Files.size(file);
      if (bytes > Mappers.MAX_DOCUMENT_BYTES) {
        throw new DocumentException(
            List.of(
                new Problem("", 0, 0, "size", "Document must have at most "
                    + Mappers.MAX_DOCUMENT_BYTES + " bytes: " + bytes, file.toString())));
      }
      return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), window);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the SLOs of a YAML text of one or more documents ({@code ---}). An SLO's
   * {@code indicatorRef} names an {@code SLI} document of the same text.
   *
   * @param yaml  the YAML text, not null
   * @param source  the name of the source, for messages, not null
   * @param window  the id of the service window the targets are measured in, not blank
   * @return the import, not null
   * @throws DocumentException if the documents break the rules above, listing every problem
   * @throws IllegalArgumentException if the window is blank
   */
  public static OpenSloImport read(String yaml, String source, String window) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(window, "window");
    if (window.isBlank()) {
      throw new IllegalArgumentException(
          "Window must not be blank: '" + Limits.shown(window) + "'");
    }
    Reading r = new Reading(source, window);
    r.read(YamlTree.read(yaml, source));
    r.problems.throwIfAny();
    return new OpenSloImport(r);
  }

  /**
   * Gets the targets imported, one per mapped objective, in document order.
   *
   * @return the targets, not null
   */
  public List<MeasurementTarget> targets() {
    return targets;
  }

  /**
   * Gets the zone of each imported target whose SLO has a calendar-aligned time window with a
   * {@code timeZone}: the zone the agreement holding the target should have.
   *
   * @return the zones by target id, not null
   */
  public Map<String, ZoneId> zones() {
    return zones;
  }

  /**
   * Gets what each imported target keeps from its SLO that has no counterpart in the target:
   * compact JSON text by JSON pointer, prefixed with the source and document index
   * ({@code "slo.yaml#0/spec/indicator"}).
   *
   * @return the metadata by target id, not null
   */
  public Map<String, Map<String, String>> metadata() {
    return metadata;
  }

  /**
   * Gets the notes: each part of the input that was not imported, or imported with a choice,
   * with its location ({@code source:line:column /pointer}) and the reason.
   *
   * @return the notes in document order, not null
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Outputs the import, such as {@code "OpenSLO import: 2 targets, 3 notes"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    return "OpenSLO import: " + targets.size() + " targets, " + notes.size() + " notes";
  }

  // ---- reading ----

  /** A reason an objective is not imported. */
  private static final class Unmapped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;

    Unmapped(String pointer, String message) {
      super(message, null, false, false);
      this.pointer = pointer;
    }
  }

  /** A problem that makes the input invalid. */
  private static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;
    final String rule;

    Invalid(String pointer, String message) {
      this(pointer, "format", message);
    }

    Invalid(String pointer, String rule, String message) {
      super(message, null, false, false);
      this.pointer = pointer;
      this.rule = rule;
    }
  }

  private static final class Reading {
    final String source;
    final String window;
    final List<MeasurementTarget> targets = new ArrayList<>();
    final Map<String, ZoneId> zones = new LinkedHashMap<>();
    final Map<String, Map<String, String>> metadata = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final Problems problems = new Problems();
    final Map<String, YamlTree.Doc> slis = new LinkedHashMap<>();
    YamlTree.Doc doc;

    Reading(String source, String window) {
      this.source = source;
      this.window = window;
    }

    String where(String pointer) {
      int[] at = doc.at(pointer);
      return Limits.shown(doc.source) + ":" + at[0] + ":" + at[1] + " "
          + (pointer.isEmpty() ? "/" : pointer);
    }

    Problem problem(Invalid e) {
      int[] at = doc.at(e.pointer);
      return new Problem(e.pointer, at[0], at[1], e.rule, e.getMessage(), doc.source);
    }

    String key(String pointer) {
      return Limits.shown(source) + "#" + doc.index + pointer;
    }

    void read(List<YamlTree.Doc> docs) {
      List<YamlTree.Doc> slos = new ArrayList<>();
      for (YamlTree.Doc d : docs) {
        doc = d;
        try {
          JsonNode root = d.root;
          if (!root.isObject()) {
            throw new Invalid("", "type", "an OpenSLO document must be a mapping");
          }
          for (String name : root.propertyNames()) {
            if (!TOP_FIELDS.contains(name)) {
              throw new Invalid("/" + DataJson.pointerPart(name), "unknown-field",
                  "unknown field " + Limits.shown(name) + "; a document has " + TOP_FIELDS);
            }
          }
          String version = text(root, "/apiVersion", true);
          if (!API_VERSION.equals(version)) {
            throw new Invalid("/apiVersion", "document",
                "apiVersion must be " + API_VERSION + ": " + Limits.shown(version));
          }
          String kind = text(root, "/kind", true);
          String name = text(root, "/metadata/name", true);
          if ("SLO".equals(kind)) {
            slos.add(d);
          } else if ("SLI".equals(kind)) {
            if (slis.putIfAbsent(name, d) != null) {
              throw new Invalid("/metadata/name", "reference", "duplicate SLI name: " + Limits.shown(name));
            }
          } else {
            notes.add(where("") + ": not imported: kind " + Limits.shown(kind) + " "
                + Limits.shown(name) + " has no counterpart here");
          }
        } catch (Invalid e) {
          problems.add(problem(e));
        }
      }
      for (YamlTree.Doc d : slos) {
        doc = d;
        try {
          slo(d.root);
        } catch (Invalid e) {
          problems.add(problem(e));
        }
      }
    }

    void slo(JsonNode root) {
      String name = text(root, "/metadata/name", true);
      JsonNode spec = object(root, "/spec", true);
      for (String f : spec.propertyNames()) {
        if (!SLO_FIELDS.contains(f)) {
          throw new Invalid("/spec/" + DataJson.pointerPart(f), "unknown-field",
              "unknown field of an SLO " + Limits.shown(f) + "; an SLO has "
                  + new java.util.TreeSet<>(SLO_FIELDS));
        }
      }
      String service = text(root, "/spec/service", true);
      String method = text(root, "/spec/budgetingMethod", true);
      if (!Set.of("Occurrences", "Timeslices", "RatioTimeslices").contains(method)) {
        throw new Invalid("/spec/budgetingMethod",
            "budgetingMethod must be Occurrences, Timeslices or RatioTimeslices: "
                + Limits.shown(method));
      }
      JsonNode objectives = root.at("/spec/objectives");
      if (!objectives.isArray() || objectives.isEmpty()) {
        throw new Invalid("/spec/objectives", "type", "objectives must be a non-empty list");
      }
      Map<String, String> kept = new LinkedHashMap<>();
      keep(kept, root, "/metadata");
      keep(kept, root, "/spec/description");
      keep(kept, root, "/spec/alertPolicies");
      if (spec.has("alertPolicies")) {
        notes.add(where("/spec/alertPolicies") + ": kept as metadata: alertPolicies of "
            + Limits.shown(name) + " (alerting has no counterpart here)");
      }
      Sli sloSli = sli(root, "/spec", objectives.size() > 1);
      Period period;
      try {
        period = period(root);
      } catch (Unmapped e) {
        for (int i = 0; i < objectives.size(); i++) {
          notes.add(where(e.pointer) + ": not imported: objective " + (i + 1) + " of "
              + Limits.shown(name) + ": " + e.getMessage());
        }
        return;
      }
      if (period.startTimePointer != null) {
        keep(kept, root, period.startTimePointer);
        notes.add(where(period.startTimePointer) + ": kept as metadata: calendar.startTime of "
            + Limits.shown(name) + " (our " + period.period + " periods start at their boundary,"
            + " at midnight in the agreement's zone)");
      }
      if (period.defaulted) {
        notes.add(where("/spec") + ": " + Limits.shown(name)
            + " has no timeWindow: its targets get the default period, calendar month");
      }
      for (int i = 0; i < objectives.size(); i++) {
        String op = "/spec/objectives/" + i;
        String id = objectives.size() == 1 ? name : name + "-" + (i + 1);
        Map<String, String> meta = new LinkedHashMap<>(kept);
        keep(meta, root, op);
        try {
          Sli sli = sli(root, op, false);
          if (sli == null) {
            sli = sloSli;
          }
          if (sli == null) {
            throw new Invalid(op, "required", "an objective needs an indicator or indicatorRef,"
                + " on the SLO or on the objective");
          }
          meta.put(key(sli.pointer), sli.json);
          MeasurementTarget t = objective(root, op, id, service, method, sli, period, meta);
          targets.add(t);
          metadata.put(id, meta);
          period.zone.ifPresent(z -> zones.put(id, z));
        } catch (Unmapped e) {
          notes.add(where(e.pointer) + ": not imported: objective " + (i + 1) + " of "
              + Limits.shown(name) + ": " + e.getMessage());
        }
      }
    }

    MeasurementTarget objective(
        JsonNode root, String op, String id, String service, String method, Sli sli,
        Period period, Map<String, String> meta) {
      JsonNode o = object(root, op, true);
      for (String f : o.propertyNames()) {
        if (!OBJECTIVE_FIELDS.contains(f)) {
          throw new Invalid(op + "/" + DataJson.pointerPart(f), "unknown-field",
              "unknown field of an objective " + Limits.shown(f) + "; an objective has "
                  + new java.util.TreeSet<>(OBJECTIVE_FIELDS));
        }
      }
      BigDecimal percent = targetPercent(root, op);
      MeasurementTarget.Builder b =
          MeasurementTarget.builder().id(id).service(service).window(window);
      if (!period.defaulted) {
        b.period(period.period);
      }
      decimal(root, op + "/compositeWeight", false).ifPresent(b::weight);
      if (sli.threshold) {
        Comparison c = comparison(root, op + "/op");
        BigDecimal value = decimal(root, op + "/value", false).orElseThrow(
            () -> new Invalid(op, "required", "an objective of a thresholdMetric needs a value"));
        if (!"Occurrences".equals(method)) {
          throw new Unmapped("/spec/budgetingMethod", method + " over a thresholdMetric has no"
              + " indicator here (only Occurrences: the share of samples meeting op value)");
        }
        b.indicator(Indicator.samplesMeeting(c, value))
            .comparison(Comparison.GREATER_OR_EQUAL)
            .objective(percent);
      } else {
        if (sli.raw) {
          throw new Unmapped(sli.pointer, "a raw ratioMetric (precomputed ratios) has no"
              + " counterpart here: targets need counts of good or bad and total events");
        }
        for (String f : List.of("op", "value")) {
          if (o.has(f)) {
            notes.add(where(op + "/" + f) + ": kept as metadata: " + f + " of objective "
                + Limits.shown(id) + " (OpenSLO uses it only with a thresholdMetric)");
          }
        }
        switch (method) {
          case "Occurrences":
            b.indicator(Indicator.ratio());
            break;
          case "Timeslices":
            {
              BigDecimal slice = fraction(root, op + "/timeSliceTarget", true, true)
                  .orElseThrow(
                      () -> new Invalid(op, "required", "Timeslices need a timeSliceTarget"))
                  .movePointRight(2);
              Duration window = sliceWindow(root, op + "/timeSliceWindow");
              b.indicator(sli.bad
                  ? Indicator.timeslices(
                      window, Comparison.LESS_OR_EQUAL, HUNDRED.subtract(slice))
                  : Indicator.timeslices(window, Comparison.GREATER_OR_EQUAL, slice));
              b.comparison(Comparison.GREATER_OR_EQUAL).objective(percent);
              return build(b, op);
            }
          default:
            // RatioTimeslices: the mean of the slices' ratios, compared with the objective.
            b.indicator(Indicator.ratioTimeslices(sliceWindow(root, op + "/timeSliceWindow")));
            break;
        }
        if (sli.bad) {
          b.comparison(Comparison.LESS_OR_EQUAL).objective(HUNDRED.subtract(percent));
        } else {
          b.comparison(Comparison.GREATER_OR_EQUAL).objective(percent);
        }
      }
      return build(b, op);
    }

    MeasurementTarget build(MeasurementTarget.Builder b, String op) {
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
        throw new Invalid(op, "model", String.valueOf(e.getMessage()));
      }
    }

    BigDecimal targetPercent(JsonNode root, String op) {
      Optional<BigDecimal> fraction = fraction(root, op + "/target", false, false);
      Optional<BigDecimal> percent = decimal(root, op + "/targetPercent", false);
      if (fraction.isPresent() == percent.isPresent()) {
        throw new Invalid(op, "required", "an objective needs exactly one of target and targetPercent");
      }
      if (fraction.isPresent()) {
        return fraction.get().movePointRight(2);
      }
      BigDecimal p = percent.get();
      if (p.signum() < 0 || p.compareTo(HUNDRED) >= 0) {
        throw new Invalid(op + "/targetPercent",
            "targetPercent must be within 0 (inclusive) and 100 (exclusive): "
                + p.toPlainString());
      }
      return p;
    }

    Optional<BigDecimal> fraction(JsonNode root, String p, boolean aboveZero, boolean oneIn) {
      Optional<BigDecimal> d = decimal(root, p, false);
      d.ifPresent(
          v -> {
            boolean low = aboveZero ? v.signum() <= 0 : v.signum() < 0;
            boolean high = oneIn ? v.compareTo(BigDecimal.ONE) > 0
                : v.compareTo(BigDecimal.ONE) >= 0;
            if (low || high) {
              throw new Invalid(p, p.substring(p.lastIndexOf('/') + 1) + " must be within "
                  + (aboveZero ? "(0" : "[0") + ", 1" + (oneIn ? "]" : ")") + ": "
                  + v.toPlainString());
            }
          });
      return d;
    }

    Comparison comparison(JsonNode root, String p) {
      String op = text(root, p, false);
      if (op == null) {
        throw new Invalid(p.substring(0, p.lastIndexOf('/')), "required",
            "an objective of a thresholdMetric needs op");
      }
      switch (op) {
        case "lt":
          return Comparison.LESS_THAN;
        case "lte":
          return Comparison.LESS_OR_EQUAL;
        case "gte":
          return Comparison.GREATER_OR_EQUAL;
        case "gt":
          return Comparison.GREATER_THAN;
        default:
          throw new Invalid(p, "op must be lt, lte, gte or gt: " + Limits.shown(op));
      }
    }

    Duration sliceWindow(JsonNode root, String p) {
      JsonNode n = root.at(p);
      if (n.isMissingNode()) {
        throw new Invalid(p.substring(0, p.lastIndexOf('/')), "required", "Timeslices need a"
            + " timeSliceWindow");
      }
      if (n.isNumber()) {
        // OpenSLO: a plain number is in minutes.
        BigDecimal m = n.decimalValue();
        if (m.signum() <= 0 || m.stripTrailingZeros().scale() > 0
            || m.compareTo(BigDecimal.valueOf(1440)) > 0) {
          throw new Invalid(p, "timeSliceWindow in minutes must be a whole number within 1 and"
              + " 1440: " + m.toPlainString());
        }
        return Duration.ofMinutes(m.longValueExact());
      }
      Matcher m = shorthand(root, p);
      long n2 = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "m":
          return Duration.ofMinutes(n2);
        case "h":
          return Duration.ofHours(n2);
        case "d":
          return Duration.ofDays(n2);
        default:
          throw new Unmapped(p, "a time slice of " + m.group() + " has no counterpart here:"
              + " slices are minutes, hours or a day and divide a day evenly");
      }
    }

    Matcher shorthand(JsonNode root, String p) {
      String s = text(root, p, true);
      Matcher m = SHORTHAND.matcher(s);
      if (!m.matches()) {
        throw new Invalid(p, "a duration shorthand is a positive whole number and one of"
            + " m, h, d, w, M, Q, Y, such as 28d: " + Limits.shown(s));
      }
      return m;
    }

    /** The period of an SLO's time window. */
    private static final class Period {
      ReportingPeriod period = ReportingPeriod.calendarMonth();
      Optional<ZoneId> zone = Optional.empty();
      String startTimePointer;
      boolean defaulted;
    }

    Period period(JsonNode root) {
      Period result = new Period();
      JsonNode windows = root.at("/spec/timeWindow");
      if (windows.isMissingNode()) {
        result.defaulted = true;
        return result;
      }
      if (!windows.isArray() || windows.size() != 1) {
        throw new Invalid("/spec/timeWindow", "type", "timeWindow must be a list of exactly one item");
      }
      String w = "/spec/timeWindow/0";
      JsonNode tw = object(root, w, true);
      for (String f : tw.propertyNames()) {
        if (!Set.of("duration", "isRolling", "calendar").contains(f)) {
          throw new Invalid(w + "/" + DataJson.pointerPart(f), "unknown-field", "unknown field of a timeWindow "
              + Limits.shown(f) + "; a timeWindow has duration, isRolling, calendar");
        }
      }
      JsonNode calendar = tw.get("calendar");
      JsonNode rollingNode = tw.get("isRolling");
      if (rollingNode != null && !rollingNode.isBoolean()) {
        throw new Invalid(w + "/isRolling", "type", "isRolling must be true or false");
      }
      if (rollingNode == null && calendar == null) {
        throw new Invalid(w, "required", "a timeWindow without calendar must say isRolling: true");
      }
      boolean rolling = rollingNode != null && rollingNode.booleanValue();
      if (rolling && calendar != null) {
        throw new Invalid(w, "a rolling timeWindow has no calendar");
      }
      Matcher m = shorthand(root, w + "/duration");
      int n = Integer.parseInt(m.group(1));
      String unit = m.group(2);
      String d = w + "/duration";
      if (rolling) {
        if ("d".equals(unit) || "w".equals(unit)) {
          long days = "d".equals(unit) ? n : 7L * n;
          if (days > ReportingPeriod.MAX_DAYS) {
            throw new Unmapped(d, "a rolling window of " + days + " days is longer than "
                + ReportingPeriod.MAX_DAYS + " days");
          }
          result.period = ReportingPeriod.rollingDays((int) days);
          return result;
        }
        throw new Unmapped(d, "a rolling window of " + m.group() + " has no counterpart here:"
            + " rolling periods are whole days (d) or weeks (w)" + minutesNote(unit));
      }
      object(root, w + "/calendar", true);
      String zone = text(root, w + "/calendar/timeZone", true);
      try {
        result.zone = Optional.of(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new Invalid(w + "/calendar/timeZone",
            "timeZone must be an IANA zone such as America/New_York: " + Limits.shown(zone));
      }
      text(root, w + "/calendar/startTime", true);
      result.startTimePointer = w + "/calendar/startTime";
      if (n == 1 && "w".equals(unit)) {
        result.period = ReportingPeriod.calendarWeek();
      } else if (n == 1 && "M".equals(unit)) {
        result.period = ReportingPeriod.calendarMonth();
      } else if (n == 1 && "Q".equals(unit)) {
        result.period = ReportingPeriod.calendarQuarter();
      } else if (n == 1 && "Y".equals(unit)) {
        result.period = ReportingPeriod.calendarYear();
      } else {
        throw new Unmapped(d, "a calendar window of " + m.group() + " has no counterpart here:"
            + " calendar periods are 1w, 1M, 1Q or 1Y" + minutesNote(unit));
      }
      return result;
    }

    private static String minutesNote(String unit) {
      return "m".equals(unit) ? " (m is minutes; months are M)" : "";
    }

    /** An indicator: inline at {@code base/indicator}, or by {@code base/indicatorRef}. */
    private static final class Sli {
      String pointer;
      String json;
      boolean threshold;
      boolean bad;
      boolean raw;
    }

    Sli sli(JsonNode root, String base, boolean optional) {
      JsonNode inline = root.at(base + "/indicator");
      JsonNode ref = root.at(base + "/indicatorRef");
      if (!inline.isMissingNode() && !ref.isMissingNode()) {
        throw new Invalid(base, "give indicator or indicatorRef, not both");
      }
      if (inline.isMissingNode() && ref.isMissingNode()) {
        if (base.equals("/spec") && !optional && !hasObjectiveIndicators(root)) {
          throw new Invalid(base, "required", "an SLO needs an indicator or indicatorRef");
        }
        return null;
      }
      if (!inline.isMissingNode()) {
        object(root, base + "/indicator", true);
        return sliSpec(root, base + "/indicator", doc);
      }
      String name = text(root, base + "/indicatorRef", true);
      YamlTree.Doc d = slis.get(name);
      if (d == null) {
        throw new Invalid(base + "/indicatorRef", "reference", "no SLI document named "
            + Limits.shown(name) + " in " + Limits.shown(source) + "; SLIs here: "
            + slis.keySet());
      }
      YamlTree.Doc mine = doc;
      doc = d;
      try {
        return sliSpec(d.root, "", d);
      } finally {
        doc = mine;
      }
    }

    private boolean hasObjectiveIndicators(JsonNode root) {
      for (JsonNode o : root.at("/spec/objectives")) {
        if (o.has("indicator") || o.has("indicatorRef")) {
          return true;
        }
      }
      return false;
    }

    Sli sliSpec(JsonNode root, String base, YamlTree.Doc d) {
      Sli s = new Sli();
      s.pointer = base;
      s.json = DataJson.MAPPER.writeValueAsString(root.at(base.isEmpty() ? "" : base));
      JsonNode spec = object(root, base + "/spec", true);
      for (String f : spec.propertyNames()) {
        if (!Set.of("description", "thresholdMetric", "ratioMetric").contains(f)) {
          throw new Invalid(base + "/spec/" + DataJson.pointerPart(f), "unknown-field", "unknown field of an"
              + " SLI " + Limits.shown(f) + "; an SLI has description, thresholdMetric,"
              + " ratioMetric");
        }
      }
      boolean threshold = spec.has("thresholdMetric");
      boolean ratio = spec.has("ratioMetric");
      if (threshold == ratio) {
        throw new Invalid(base + "/spec", "an SLI has exactly one of thresholdMetric and"
            + " ratioMetric");
      }
      s.threshold = threshold;
      if (ratio) {
        String r = base + "/spec/ratioMetric";
        JsonNode rm = object(root, r, true);
        for (String f : rm.propertyNames()) {
          if (!Set.of("counter", "good", "bad", "total", "raw", "rawType").contains(f)) {
            throw new Invalid(r + "/" + DataJson.pointerPart(f), "unknown-field", "unknown field of a"
                + " ratioMetric " + Limits.shown(f));
          }
        }
        boolean good = rm.has("good");
        s.bad = rm.has("bad");
        s.raw = rm.has("raw");
        if (s.raw) {
          if (good || s.bad || rm.has("total") || !rm.has("rawType")) {
            throw new Invalid(r, "a raw ratioMetric has raw and rawType and no good, bad or"
                + " total");
          }
        } else if (good == s.bad || !rm.has("total")) {
          throw new Invalid(r, "a ratioMetric has total and exactly one of good and bad");
        }
      }
      return s;
    }

    void keep(Map<String, String> kept, JsonNode root, String pointer) {
      JsonNode n = root.at(pointer);
      if (!n.isMissingNode()) {
        kept.put(key(pointer), DataJson.MAPPER.writeValueAsString(n));
      }
    }

    JsonNode object(JsonNode root, String p, boolean required) {
      JsonNode n = root.at(p);
      if (n.isMissingNode() && !required) {
        return null;
      }
      if (!n.isObject()) {
        throw new Invalid(p, "required", p.substring(p.lastIndexOf('/') + 1) + " must be a mapping"
            + (n.isMissingNode() ? ", and is required" : ""));
      }
      return n;
    }

    String text(JsonNode root, String p, boolean required) {
      JsonNode n = root.at(p);
      if (n.isMissingNode() && !required) {
        return null;
      }
      if (!n.isString() || n.asString().isBlank()) {
        throw new Invalid(p, "required", p.substring(p.lastIndexOf('/') + 1) + " must be a non-blank"
            + " string" + (n.isMissingNode() ? ", and is required" : ""));
      }
      return n.asString();
    }

    Optional<BigDecimal> decimal(JsonNode root, String p, boolean required) {
      JsonNode n = root.at(p);
      if (n.isMissingNode() && !required) {
        return Optional.empty();
      }
      if (!n.isNumber()) {
        throw new Invalid(p, "type", p.substring(p.lastIndexOf('/') + 1) + " must be a number");
      }
      try {
        return Optional.of(
            Limits.requireDecimal(p.substring(p.lastIndexOf('/') + 1), n.decimalValue()));
      } catch (IllegalArgumentException e) {
        throw new Invalid(p, e.getMessage());
      }
    }
  }
}
