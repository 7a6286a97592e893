package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.json.AgreementDocuments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Period compliance on Apache Spark: the reports of many agreements and periods from Datasets of
 * ticket events, outages and samples (columns: {@link SparkSchemas}, docs/spark.md), equal to the
 * reports one process computes from the same records ({@code PeriodReport.equals}).
 *
 * <p>How it runs: a ticket's events, wherever they are, are brought together by hash-partitioning
 * the events on (agreement_id, ticket_id) and sorting each partition on them; each run of one
 * ticket's rows becomes a {@code TicketHistory}, built and checked by the library. Each partition
 * (of tickets, outages and samples alike) folds its records into one {@link PeriodAccumulator}
 * per period and emits its state, encoded by sla-core's state codec; a typed {@code Aggregator}
 * with {@code byte[]} buffers merges the states of each period (restore, merge, encode), and the
 * driver turns the merged states into reports. The agreements travel as their sla-json documents
 * in a broadcast variable (the model is not {@code Serializable}); each executor JVM decodes a
 * document once. Nothing of the model is Java-serialized.
 *
 * <p>A report always completes: an input row that cannot become a record (a null instant, an
 * unknown agreement, a malformed decimal) is counted and listed in {@link SparkReports#rejected()}
 * (a ticket with one bad row is rejected whole); a record the library holds but cannot evaluate is
 * one of the report's unevaluable records, as in one process.
 *
 * <pre>{@code
 * Dataset<Row> tickets = spark.read().parquet("s3://bucket/ticket-events/2025-03");
 * SparkReports result = SparkCompliance.reports(tickets, outages, samples,
 *     List.of(ecoshopSla, acmeSla),
 *     List.of(PeriodSpec.of("ecoshop-sla", LocalDate.of(2025, 3, 1), asOf),
 *             PeriodSpec.of("acme-sla", LocalDate.of(2025, 3, 1), asOf)));
 * }</pre>
 */
public final class SparkCompliance {

  private static final Encoder<Tuple2<Integer, byte[]>> PARTIAL =
      Encoders.tuple(Encoders.INT(), Encoders.BINARY());

  private SparkCompliance() {}

  /**
   * Computes the reports with the default evaluation options.
   *
   * @param ticketEvents  the ticket events, one row per event, not null
   * @param outages  the outages, one row per outage, not null
   * @param samples  the samples, one row per value, not null
   * @param agreements  the agreements, distinct ids, each named by a period, not null
   * @param periods  the periods to report on, each naming one of the agreements, not null
   * @return the reports in the order of {@code periods}, and the rejected rows, not null
   * @throws NullPointerException naming the parameter if one is null or holds a null
   * @throws IllegalArgumentException if a Dataset lacks a required column or has one of a type
   *     the schema does not allow, two agreements share an id, a period names no agreement or a
   *     date outside its validity, an agreement has no period, or an agreement does not survive
   *     its sla-json document unchanged
   * @see #reports(Dataset, Dataset, Dataset, Collection, Collection, EvaluationOptions)
   */
  public static SparkReports reports(
      Dataset<Row> ticketEvents,
      Dataset<Row> outages,
      Dataset<Row> samples,
      Collection<Agreement> agreements,
      Collection<PeriodSpec> periods) {
    return reports(
        ticketEvents, outages, samples, agreements, periods, EvaluationOptions.defaults());
  }

  /**
   * Computes the reports.
   *
   * @param ticketEvents  the ticket events, one row per event, not null
   * @param outages  the outages, one row per outage, not null
   * @param samples  the samples, one row per value, not null
   * @param agreements  the agreements, distinct ids, each named by a period, not null
   * @param periods  the periods to report on, each naming one of the agreements, not null
   * @param options  the evaluation options; {@code unevaluableRecords} also bounds the rejected
   *     rows listed, not null
   * @return the reports in the order of {@code periods}, and the rejected rows, not null
   * @throws NullPointerException naming the parameter if one is null or holds a null
   * @throws IllegalArgumentException if a Dataset lacks a required column or has one of a type
   *     the schema does not allow, two agreements share an id, a period names no agreement or a
   *     date outside its validity, an agreement has no period, or an agreement does not survive
   *     its sla-json document unchanged
   */
  public static SparkReports reports(
      Dataset<Row> ticketEvents,
      Dataset<Row> outages,
      Dataset<Row> samples,
      Collection<Agreement> agreements,
      Collection<PeriodSpec> periods,
      EvaluationOptions options) {
    Objects.requireNonNull(ticketEvents, "ticketEvents");
    Objects.requireNonNull(outages, "outages");
    Objects.requireNonNull(samples, "samples");
    Prepared prepared =
        prepare(
            agreements,
            periods,
            options,
            ticketEvents.schema(),
            outages.schema(),
            samples.schema());
    SparkSession spark = ticketEvents.sparkSession();
    Broadcast<HashMap<String, String>> documents =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(prepared.documents);
    JobSpec job = prepared.job(new BroadcastDocuments(documents));
    try {
      String a = SparkSchemas.AGREEMENT_ID;
      Dataset<Tuple2<Integer, byte[]>> tickets =
          ticketEvents
              .repartition(functions.col(a), functions.col("ticket_id"))
              .sortWithinPartitions(a, "ticket_id")
              .mapPartitions(new Folds.Tickets(job), PARTIAL);
      Dataset<Tuple2<Integer, byte[]>> partials =
          tickets
              .union(outages.mapPartitions(new Folds.Outages(job), PARTIAL))
              .union(samples.mapPartitions(new Folds.Samples(job), PARTIAL));
      List<Tuple2<Integer, byte[]>> merged =
          partials
              .groupByKey((MapFunction<Tuple2<Integer, byte[]>, Integer>) Tuple2::_1, Encoders.INT())
              .agg(new StateMerge(job).toColumn())
              .collectAsList();
      return prepared.finish(job, merged);
    } finally {
      documents.destroy();
    }
  }

  /**
   * The one-process path: the same partition function over all rows as one partition, and the
   * same merge; for tests and for checking a cluster's result.
   */
  static SparkReports inOneProcess(
      List<Row> ticketEvents,
      StructType ticketSchema,
      List<Row> outages,
      StructType outageSchema,
      List<Row> samples,
      StructType sampleSchema,
      Collection<Agreement> agreements,
      Collection<PeriodSpec> periods,
      EvaluationOptions options) {
    Prepared prepared =
        prepare(agreements, periods, options, ticketSchema, outageSchema, sampleSchema);
    HashMap<String, String> documents = prepared.documents;
    JobSpec job = prepared.job(() -> documents);
    Columns.Tickets c = job.tickets;
    List<Row> sorted = new ArrayList<>(ticketEvents);
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    sorted.sort(
        Comparator.comparing((Row r) -> RowRecords.text(r, c.agreement), nullsFirst)
            .thenComparing(r -> RowRecords.text(r, c.ticket), nullsFirst));
    List<Tuple2<Integer, byte[]>> partials = new ArrayList<>();
    new Folds.Tickets(job).call(sorted.iterator()).forEachRemaining(partials::add);
    new Folds.Outages(job).call(outages.iterator()).forEachRemaining(partials::add);
    new Folds.Samples(job).call(samples.iterator()).forEachRemaining(partials::add);
    Map<Integer, byte[]> byIndex = new LinkedHashMap<>();
    for (Tuple2<Integer, byte[]> p : partials) {
      byIndex.merge(p._1(), p._2(), (x, y) -> StateMerge.mergeFrames(job, x, y));
    }
    List<Tuple2<Integer, byte[]>> merged = new ArrayList<>();
    byIndex.forEach((k, v) -> merged.add(new Tuple2<>(k, v)));
    return prepared.finish(job, merged);
  }

  /** Documents from a broadcast variable. */
  private static final class BroadcastDocuments implements JobSpec.Documents {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HashMap<String, String>> broadcast;

    BroadcastDocuments(Broadcast<HashMap<String, String>> broadcast) {
      this.broadcast = broadcast;
    }

    @Override
    public Map<String, String> get() {
      return broadcast.value();
    }
  }

  /** The checked arguments of a job. */
  private static final class Prepared {
    final Map<String, Agreement> agreements = new LinkedHashMap<>();
    final HashMap<String, String> documents = new HashMap<>();
    final List<PeriodSpec> periods = new ArrayList<>();
    EvaluationOptions options;
    Columns.Tickets tickets;
    Columns.Outages outages;
    Columns.Samples samples;

    JobSpec job(JobSpec.Documents docs) {
      return new JobSpec(docs, periods, options, tickets, outages, samples);
    }

    SparkReports finish(JobSpec job, List<Tuple2<Integer, byte[]>> merged) {
      byte[][] states = new byte[periods.size()][];
      Rejections rejections = new Rejections(options.unevaluableRecords());
      for (Tuple2<Integer, byte[]> m : merged) {
        int index = m._1();
        if (index == JobSpec.REJECTIONS) {
          rejections = Rejections.fromBytes(m._2(), Integer.BYTES, options.unevaluableRecords());
        } else {
          states[index] = JobSpec.payload(m._2());
        }
      }
      List<PeriodReport> reports = new ArrayList<>(periods.size());
      for (int i = 0; i < periods.size(); i++) {
        Agreement agreement = agreements.get(periods.get(i).agreementId());
        PeriodAccumulator acc =
            states[i] == null
                ? job.newAccumulator(i, agreement, options)
                : job.restore(i, agreement, options, states[i]);
        reports.add(acc.report());
      }
      return new SparkReports(periods, reports, rejections.count(), rejections.rows());
    }
  }

  private static Prepared prepare(
      Collection<Agreement> agreements,
      Collection<PeriodSpec> periods,
      EvaluationOptions options,
      StructType ticketSchema,
      StructType outageSchema,
      StructType sampleSchema) {
    Objects.requireNonNull(agreements, "agreements");
    Objects.requireNonNull(periods, "periods");
    Prepared p = new Prepared();
    p.options = Objects.requireNonNull(options, "options");
    for (Agreement a : agreements) {
      Objects.requireNonNull(a, "agreement");
      if (p.agreements.put(a.id(), a) != null) {
        throw new IllegalArgumentException(
            "Two agreements share an id: " + Limits.shown(a.id()));
      }
    }
    for (PeriodSpec s : periods) {
      Objects.requireNonNull(s, "period");
      Agreement a = p.agreements.get(s.agreementId());
      if (a == null) {
        throw new IllegalArgumentException(
            "Period names no agreement of the job: " + Limits.shown(s));
      }
      PeriodAccumulator.of(a, s.date(), s.asOf(), options); // validity
      p.periods.add(s);
    }
    for (Agreement a : p.agreements.values()) {
      if (p.periods.stream().noneMatch(s -> s.agreementId().equals(a.id()))) {
        throw new IllegalArgumentException(
            "Agreement has no period to evaluate: " + Limits.shown(a.id()));
      }
      String document = AgreementDocuments.toJson(a);
      Agreement decoded = JobSpec.decode(a.id(), document);
      if (!decoded.equals(a)) {
        throw new IllegalArgumentException(
            "Agreement does not survive its sla-json document unchanged: "
                + Limits.shown(a.id()));
      }
      p.documents.put(a.id(), document);
    }
    p.tickets = new Columns.Tickets(Objects.requireNonNull(ticketSchema, "ticketEvents schema"));
    p.outages = new Columns.Outages(Objects.requireNonNull(outageSchema, "outages schema"));
    p.samples = new Columns.Samples(Objects.requireNonNull(sampleSchema, "samples schema"));
    return p;
  }
}
