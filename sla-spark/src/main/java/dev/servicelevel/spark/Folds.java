package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.TargetKind;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.spark.RowRecords.BadRowException;
import dev.servicelevel.spark.RowRecords.SequencedEvent;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The partition functions: each folds the records of one partition into one
 * {@link PeriodAccumulator} per period (the shards of principle 4) and emits their states, and
 * the partition's rejected rows, as frames keyed by period index.
 */
final class Folds {

  private Folds() {}

  /** Events of one ticket at the same instant: by seq (none first), then by content. */
  static final Comparator<SequencedEvent> EVENT_ORDER =
      Comparator.<SequencedEvent, java.time.Instant>comparing(e -> e.event.at())
          .thenComparing(e -> e.seq, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(e -> e.event.toString());

  /** The accumulators and rejected rows of one partition. */
  static final class Partial {
    private final JobSpec job;
    private final EvaluationOptions options;
    private final PeriodAccumulator[] accumulators;
    private final Rejections rejections;
    private final Map<String, Agreement> agreements = new HashMap<>();

    Partial(JobSpec job) {
      this.job = job;
      this.options = job.options();
      this.accumulators = new PeriodAccumulator[job.periods()];
      this.rejections = new Rejections(job.rejectionLimit());
    }

    /** The agreement of an id, or null after rejecting the row if there is none. */
    Agreement agreement(String id, RejectedRow.Kind kind, String recordId, long rows) {
      if (id == null || id.isBlank()) {
        reject(kind, id, recordId,
            "Column agreement_id must not be " + (id == null ? "null" : "blank") + rows(rows));
        return null;
      }
      Agreement a = agreements.get(id);
      if (a == null) {
        a = job.agreement(id);
        if (a == null) {
          reject(kind, id, recordId,
              "No agreement with this id is evaluated: " + Limits.shown(id) + rows(rows));
          return null;
        }
        agreements.put(id, a);
      }
      return a;
    }

    private static String rows(long rows) {
      return rows > 1 ? " (" + rows + " rows)" : "";
    }

    void reject(RejectedRow.Kind kind, String agreementId, String recordId, String message) {
      rejections.add(
          RejectedRow.of(
              kind,
              agreementId == null ? "" : agreementId,
              recordId == null ? "" : recordId,
              message));
    }

    /** The accumulators of the agreement's periods, made on first use. */
    PeriodAccumulator[] of(Agreement agreement) {
      int[] specs = job.specsOf(agreement.id());
      PeriodAccumulator[] accs = new PeriodAccumulator[specs.length];
      for (int k = 0; k < specs.length; k++) {
        int s = specs[k];
        if (accumulators[s] == null) {
          accumulators[s] = job.newAccumulator(s, agreement, options);
        }
        accs[k] = accumulators[s];
      }
      return accs;
    }

    Iterator<Tuple2<Integer, byte[]>> emit() {
      List<Tuple2<Integer, byte[]>> out = new ArrayList<>();
      for (int s = 0; s < accumulators.length; s++) {
        if (accumulators[s] != null) {
          out.add(new Tuple2<>(s, JobSpec.frame(s, StateCodec.toBytes(accumulators[s]))));
        }
      }
      if (rejections.count() > 0) {
        out.add(
            new Tuple2<>(
                JobSpec.REJECTIONS, JobSpec.frame(JobSpec.REJECTIONS, rejections.toBytes())));
      }
      return out.iterator();
    }
  }

  /**
   * Ticket events, hash-partitioned on (agreement_id, ticket_id) and sorted on them within the
   * partition: each run of rows of one ticket becomes one history.
   */
  static final class Tickets implements MapPartitionsFunction<Row, Tuple2<Integer, byte[]>> {
    private static final long serialVersionUID = 1L;
    private final JobSpec job;

    Tickets(JobSpec job) {
      this.job = job;
    }

    @Override
    public Iterator<Tuple2<Integer, byte[]>> call(Iterator<Row> rows) {
      Partial partial = new Partial(job);
      Columns.Tickets c = job.tickets;
      List<Row> ticket = new ArrayList<>();
      String agreementId = null;
      String ticketId = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        String a = RowRecords.text(row, c.agreement);
        String t = RowRecords.text(row, c.ticket);
        if (!ticket.isEmpty() && !(Objects.equals(a, agreementId) && Objects.equals(t, ticketId))) {
          ticket(partial, agreementId, ticketId, ticket);
          ticket.clear();
        }
        agreementId = a;
        ticketId = t;
        ticket.add(row);
      }
      if (!ticket.isEmpty()) {
        ticket(partial, agreementId, ticketId, ticket);
      }
      return partial.emit();
    }

    private void ticket(Partial partial, String agreementId, String ticketId, List<Row> rows) {
      Agreement agreement =
          partial.agreement(agreementId, RejectedRow.Kind.TICKET, ticketId, rows.size());
      if (agreement == null) {
        return;
      }
      if (ticketId == null || ticketId.isBlank()) {
        partial.reject(RejectedRow.Kind.TICKET, agreementId, ticketId,
            "Column ticket_id must not be " + (ticketId == null ? "null" : "blank")
                + Partial.rows(rows.size()));
        return;
      }
      List<SequencedEvent> events = new ArrayList<>(rows.size());
      String firstProblem = null;
      int problems = 0;
      for (Row row : rows) {
        try {
          events.add(RowRecords.event(row, job.tickets));
        } catch (BadRowException e) {
          problems++;
          if (firstProblem == null || e.getMessage().compareTo(firstProblem) < 0) {
            firstProblem = e.getMessage();
          }
        }
      }
      if (problems > 0) {
        partial.reject(RejectedRow.Kind.TICKET, agreementId, ticketId,
            firstProblem + (problems > 1 ? " (and " + (problems - 1) + " more bad rows)" : ""));
        return;
      }
      events.sort(EVENT_ORDER);
      List<TicketEvent> ordered = new ArrayList<>(events.size());
      for (SequencedEvent e : events) {
        ordered.add(e.event);
      }
      TicketHistory history;
      try {
        history = TicketHistory.of(ticketId, ordered);
      } catch (IllegalArgumentException | DateTimeException e) {
        partial.reject(RejectedRow.Kind.TICKET, agreementId, ticketId,
            "Ticket is rejected by the library: " + e.getMessage());
        return;
      }
      for (PeriodAccumulator acc : partial.of(agreement)) {
        acc.add(history);
      }
    }
  }

  /** Outages, one record per row, in any partitioning. */
  static final class Outages implements MapPartitionsFunction<Row, Tuple2<Integer, byte[]>> {
    private static final long serialVersionUID = 1L;
    private final JobSpec job;

    Outages(JobSpec job) {
      this.job = job;
    }

    @Override
    public Iterator<Tuple2<Integer, byte[]>> call(Iterator<Row> rows) {
      Partial partial = new Partial(job);
      Columns.Outages c = job.outages;
      while (rows.hasNext()) {
        Row row = rows.next();
        String agreementId = RowRecords.text(row, c.agreement);
        String id = RowRecords.text(row, c.id);
        Agreement agreement = partial.agreement(agreementId, RejectedRow.Kind.OUTAGE, id, 1);
        if (agreement == null) {
          continue;
        }
        Outage outage;
        try {
          outage = RowRecords.outage(row, c, agreement);
        } catch (BadRowException e) {
          partial.reject(RejectedRow.Kind.OUTAGE, agreementId, id, e.getMessage());
          continue;
        }
        for (PeriodAccumulator acc : partial.of(agreement)) {
          acc.add(outage);
        }
      }
      return partial.emit();
    }
  }

  /** Samples, one record per row, in any partitioning. */
  static final class Samples implements MapPartitionsFunction<Row, Tuple2<Integer, byte[]>> {
    private static final long serialVersionUID = 1L;
    private final JobSpec job;

    Samples(JobSpec job) {
      this.job = job;
    }

    @Override
    public Iterator<Tuple2<Integer, byte[]>> call(Iterator<Row> rows) {
      Partial partial = new Partial(job);
      Columns.Samples c = job.samples;
      while (rows.hasNext()) {
        Row row = rows.next();
        String agreementId = RowRecords.text(row, c.agreement);
        String target = RowRecords.text(row, c.target);
        Agreement agreement = partial.agreement(agreementId, RejectedRow.Kind.SAMPLE, target, 1);
        if (agreement == null) {
          continue;
        }
        Sample sample;
        try {
          target = RowRecords.requiredText(row, c.target, "target_id");
          sample = RowRecords.sample(row, c);
          if (!agreement.target(target).map(t -> t.kind() == TargetKind.MEASUREMENT)
              .orElse(false)) {
            throw new BadRowException(
                "Agreement has no measurement target with this id: " + Limits.shown(target));
          }
        } catch (BadRowException e) {
          partial.reject(RejectedRow.Kind.SAMPLE, agreementId, target, e.getMessage());
          continue;
        }
        PeriodAccumulator[] accs = partial.of(agreement);
        try {
          for (PeriodAccumulator acc : accs) {
            acc.add(target, sample);
          }
        } catch (IllegalArgumentException e) {
          // the target takes event counts: the same for every period, so the first add threw
          partial.reject(RejectedRow.Kind.SAMPLE, agreementId, target, e.getMessage());
        }
      }
      return partial.emit();
    }
  }
}
