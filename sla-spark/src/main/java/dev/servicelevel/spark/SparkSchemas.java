package dev.servicelevel.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns {@link SparkCompliance} reads (docs/spark.md describes them in full). The
 * constants are the canonical schemas, to read CSV files with ({@code spark.read().schema(
 * SparkSchemas.OUTAGES).option("header", true).csv(path)}) or to write Parquet files in; other
 * types are accepted where noted. Every column is nullable in the schema, so that Spark reads
 * rows with nulls as they are; a null where a value is required makes the row a
 * {@link RejectedRow}, never a failed job.
 *
 * <ul>
 *   <li><b>Ticket events</b>, one row per event: {@code agreement_id} STRING, {@code ticket_id}
 *       STRING, {@code at} TIMESTAMP (or STRING, an RFC 3339 instant with offset), {@code seq}
 *       BIGINT (optional: the order of a ticket's events at the same instant), {@code event}
 *       STRING (the event type, null for a plain field change), {@code fields}
 *       MAP&lt;STRING,STRING&gt; (optional), {@code cleared} ARRAY&lt;STRING&gt; (optional);
 *       every further STRING column is a ticket field the event sets when not null (such as
 *       {@code priority}, {@code status}).</li>
 *   <li><b>Outages</b>, one row per outage: {@code agreement_id}, {@code outage_id},
 *       {@code service} STRING; {@code start}, {@code end} TIMESTAMP (or STRING);
 *       {@code cause} STRING (optional, a cause the agreement defines, such as
 *       {@code PLANNED_MAINTENANCE}); {@code announced_at} TIMESTAMP (optional);
 *       {@code impact} STRING or DECIMAL (optional, 1 when null).</li>
 *   <li><b>Samples</b>, one row per measured value: {@code agreement_id}, {@code target_id}
 *       STRING; {@code at} TIMESTAMP (or STRING); {@code value} STRING (a decimal number, kept
 *       with its own scale) or DECIMAL(p,s) (taken at scale s); never a floating-point type.</li>
 * </ul>
 */
public final class SparkSchemas {

  /** The column naming the agreement a row belongs to, in every input: {@value}. */
  public static final String AGREEMENT_ID = "agreement_id";

  /**
   * Ticket events with the fields of the EcoShop agreements ({@code priority}, {@code status}).
   */
  public static final StructType TICKET_EVENTS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(AGREEMENT_ID, DataTypes.StringType, true),
            DataTypes.createStructField("ticket_id", DataTypes.StringType, true),
            DataTypes.createStructField("at", DataTypes.TimestampType, true),
            DataTypes.createStructField("seq", DataTypes.LongType, true),
            DataTypes.createStructField("event", DataTypes.StringType, true),
            DataTypes.createStructField("priority", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, true)
          });

  /** Outages. */
  public static final StructType OUTAGES =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(AGREEMENT_ID, DataTypes.StringType, true),
            DataTypes.createStructField("outage_id", DataTypes.StringType, true),
            DataTypes.createStructField("service", DataTypes.StringType, true),
            DataTypes.createStructField("start", DataTypes.TimestampType, true),
            DataTypes.createStructField("end", DataTypes.TimestampType, true),
            DataTypes.createStructField("cause", DataTypes.StringType, true),
            DataTypes.createStructField("announced_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("impact", DataTypes.StringType, true)
          });

  /** Samples. */
  public static final StructType SAMPLES =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(AGREEMENT_ID, DataTypes.StringType, true),
            DataTypes.createStructField("target_id", DataTypes.StringType, true),
            DataTypes.createStructField("at", DataTypes.TimestampType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true)
          });

  private SparkSchemas() {}
}
