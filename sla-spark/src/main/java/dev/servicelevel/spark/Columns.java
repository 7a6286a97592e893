package dev.servicelevel.spark;

import dev.servicelevel.agreement.Limits;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where each column of an input is, checked once on the driver against the documented schema
 * ({@link SparkSchemas}); shipped to the executors with the job (plain ints and strings).
 */
final class Columns implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The input's name for messages ("Ticket events"). */
  final String input;

  private final StructType schema;

  private Columns(String input, StructType schema) {
    this.input = input;
    this.schema = schema;
  }

  /** Ticket events: the fixed columns and every further STRING column as a ticket field. */
  static final class Tickets implements Serializable {
    private static final long serialVersionUID = 1L;
    final int agreement;
    final int ticket;
    final int at;
    final int seq;
    final int event;
    final int fields;
    final int cleared;
    final int[] fieldColumns;
    final String[] fieldNames;

    Tickets(StructType schema) {
      Columns c = new Columns("Ticket events", schema);
      agreement = c.required(SparkSchemas.AGREEMENT_ID, Columns::isString);
      ticket = c.required("ticket_id", Columns::isString);
      at = c.required("at", Columns::isInstant);
      seq = c.optional("seq", Columns::isInteger);
      event = c.optional("event", Columns::isString);
      fields = c.optional("fields", Columns::isStringMap);
      cleared = c.optional("cleared", Columns::isStringArray);
      Set<String> fixed =
          Set.of(
              SparkSchemas.AGREEMENT_ID, "ticket_id", "at", "seq", "event", "fields", "cleared");
      List<Integer> indices = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StructField[] all = schema.fields();
      for (int i = 0; i < all.length; i++) {
        String name = all[i].name();
        if (fixed.contains(name)) {
          continue;
        }
        if (!isString(all[i].dataType())) {
          throw new IllegalArgumentException(
              "Ticket events column is neither a documented column nor a STRING field: "
                  + Limits.shown(name) + " " + all[i].dataType().simpleString());
        }
        indices.add(i);
        names.add(name);
      }
      fieldColumns = indices.stream().mapToInt(Integer::intValue).toArray();
      fieldNames = names.toArray(new String[0]);
    }
  }

  /** Outages. */
  static final class Outages implements Serializable {
    private static final long serialVersionUID = 1L;
    final int agreement;
    final int id;
    final int service;
    final int start;
    final int end;
    final int cause;
    final int announcedAt;
    final int impact;

    Outages(StructType schema) {
      Columns c = new Columns("Outages", schema);
      agreement = c.required(SparkSchemas.AGREEMENT_ID, Columns::isString);
      id = c.required("outage_id", Columns::isString);
      service = c.required("service", Columns::isString);
      start = c.required("start", Columns::isInstant);
      end = c.required("end", Columns::isInstant);
      cause = c.optional("cause", Columns::isString);
      announcedAt = c.optional("announced_at", Columns::isInstant);
      impact = c.optional("impact", Columns::isDecimal);
      c.onlyKnown(
          Set.of(
              SparkSchemas.AGREEMENT_ID,
              "outage_id",
              "service",
              "start",
              "end",
              "cause",
              "announced_at",
              "impact"));
    }
  }

  /** Samples. */
  static final class Samples implements Serializable {
    private static final long serialVersionUID = 1L;
    final int agreement;
    final int target;
    final int at;
    final int value;

    Samples(StructType schema) {
      Columns c = new Columns("Samples", schema);
      agreement = c.required(SparkSchemas.AGREEMENT_ID, Columns::isString);
      target = c.required("target_id", Columns::isString);
      at = c.required("at", Columns::isInstant);
      value = c.required("value", Columns::isDecimal);
      c.onlyKnown(Set.of(SparkSchemas.AGREEMENT_ID, "target_id", "at", "value"));
    }
  }

  private interface TypeRule {
    boolean accepts(DataType type);
  }

  private int required(String name, TypeRule rule) {
    int i = optional(name, rule);
    if (i < 0) {
      throw new IllegalArgumentException(
          input + " lack a required column: " + name + " (columns: " + names() + ")");
    }
    return i;
  }

  private int optional(String name, TypeRule rule) {
    StructField[] all = schema.fields();
    for (int i = 0; i < all.length; i++) {
      if (all[i].name().equals(name)) {
        if (!rule.accepts(all[i].dataType())) {
          throw new IllegalArgumentException(
              input + " column has a type the schema does not allow (docs/spark.md): " + name
                  + " " + all[i].dataType().simpleString());
        }
        return i;
      }
    }
    return -1;
  }

  private void onlyKnown(Set<String> known) {
    for (StructField f : schema.fields()) {
      if (!known.contains(f.name())) {
        throw new IllegalArgumentException(
            input + " have a column the schema does not define: " + Limits.shown(f.name())
                + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }

  private String names() {
    List<String> names = new ArrayList<>();
    for (StructField f : schema.fields()) {
      names.add(Limits.shown(f.name()));
    }
    return String.join(", ", names);
  }

  private static boolean isString(DataType type) {
    return type.equals(DataTypes.StringType);
  }

  private static boolean isInstant(DataType type) {
    return type.equals(DataTypes.TimestampType) || isString(type);
  }

  private static boolean isInteger(DataType type) {
    return type.equals(DataTypes.LongType)
        || type.equals(DataTypes.IntegerType)
        || type.equals(DataTypes.ShortType);
  }

  private static boolean isDecimal(DataType type) {
    return type instanceof DecimalType || isString(type);
  }

  private static boolean isStringMap(DataType type) {
    return type instanceof MapType
        && isString(((MapType) type).keyType())
        && isString(((MapType) type).valueType());
  }

  private static boolean isStringArray(DataType type) {
    return type instanceof ArrayType && isString(((ArrayType) type).elementType());
  }
}
