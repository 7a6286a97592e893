package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.json.AgreementDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.threeten.extra.Interval;

/**
 * A seeded, EcoShop-like month of help-desk data for any number of tickets and customers: every
 * customer has the EcoShop SLA under an id of its own ({@code ecoshop-sla} for the first,
 * {@code ecoshop-sla-2} and so on), its tickets, a handful of outages and a latency sample every
 * 15 minutes. Ticket {@code i} depends only on the seed and {@code i}, so any slice of the tickets
 * is generated alone (on a Spark executor or in one process) and equally.
 *
 * <p>The month is October 2025 in Europe/Berlin, reported as of 2025-11-10T00:00:00Z.
 */
final class SyntheticMonth {

  static final LocalDate MONTH = LocalDate.of(2025, 10, 1);
  static final Instant AS_OF = Instant.parse("2025-11-10T00:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
  private static final String RESOURCES = "ecoshop/";

  final long seed;
  final int customers;
  final List<Agreement> agreements;

  SyntheticMonth(long seed, int customers) {
    if (customers < 1 || customers > 100_000) {
      throw new IllegalArgumentException(
          "Customers must be within 1 and 100000: " + customers);
    }
    this.seed = seed;
    this.customers = customers;
    Agreement sla = ecoshopSla();
    List<Agreement> list = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      list.add(sla.withId(agreementId(c)));
    }
    this.agreements = List.copyOf(list);
  }

  /** The EcoShop SLA from the bundled documents (the examples' own). */
  static Agreement ecoshopSla() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : List.of("calendars.yaml", "ecoshop-sla.yaml")) {
      try (InputStream in = SyntheticMonth.class.getResourceAsStream(RESOURCES + file)) {
        if (in == null) {
          throw new IllegalStateException("A bundled document is missing: " + file);
        }
        texts.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return AgreementDocuments.read(texts).agreement("ecoshop-sla").orElseThrow();
  }

  List<PeriodSpec> periods() {
    List<PeriodSpec> periods = new ArrayList<>();
    for (Agreement a : agreements) {
      periods.add(PeriodSpec.of(a.id(), MONTH, AS_OF));
    }
    return periods;
  }

  /** The agreement id of a customer: {@code ecoshop-sla}, {@code ecoshop-sla-2}, ... */
  static String agreementId(int customer) {
    return customer == 0 ? "ecoshop-sla" : "ecoshop-sla-" + (customer + 1);
  }

  static String agreementOf(long ticket, int customers) {
    return agreementId((int) (ticket % customers));
  }

  /** One generated ticket event. */
  static final class Event {
    final Instant at;
    final long seq;
    final String type;
    final String priority;
    final String status;

    Event(Instant at, long seq, String type, String priority, String status) {
      this.at = at;
      this.seq = seq;
      this.type = type;
      this.priority = priority;
      this.status = status;
    }

    TicketEvent toEvent() {
      TicketEvent.Builder b = TicketEvent.builder();
      b.at(at).type(type);
      if (priority != null) {
        b.putFields("priority", priority);
      }
      if (status != null) {
        b.putFields("status", status);
      }
      return b.build();
    }
  }

  static String ticketId(long ticket) {
    return "T-" + ticket;
  }

  /** The events of ticket {@code i}, in time order. */
  static List<Event> events(long seed, long ticket) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + ticket);
    ZonedDateTime day = MONTH.atStartOfDay(BERLIN).plusDays(r.nextInt(31));
    // most tickets arrive in business hours
    int minute = r.nextInt(10) < 8 ? 7 * 60 + r.nextInt(15 * 60) : r.nextInt(24 * 60);
    Instant created = day.plusMinutes(minute).toInstant();
    int p = r.nextInt(100);
    String priority = PRIORITIES[p < 5 ? 0 : p < 30 ? 1 : p < 70 ? 2 : 3];
    long replyMean = p < 5 ? 10 : p < 30 ? 35 : 300;
    List<Event> events = new ArrayList<>(6);
    long seq = 0;
    events.add(new Event(created, seq++, "created", priority, "open"));
    Instant t = created.plusSeconds(60 * (1 + (long) (-replyMean * Math.log(1 - r.nextDouble()))));
    events.add(new Event(t, seq++, "agent-reply", null, null));
    if (r.nextInt(5) == 0) {
      t = t.plusSeconds(60L * (1 + r.nextInt(120)));
      events.add(new Event(t, seq++, "status-change", null, "waiting-on-customer"));
      t = t.plusSeconds(60L * (1 + r.nextInt(24 * 60)));
      events.add(new Event(t, seq++, "customer-reply", null, "open"));
    }
    if (r.nextInt(20) == 0) {
      return events; // still open
    }
    int work = r.nextInt(10) < 9 ? (p < 5 ? 3 * 60 : 6 * 60) : 30 * 60;
    t = t.plusSeconds(60L * (1 + r.nextInt(work)));
    events.add(new Event(t, seq++, "resolved", null, "resolved"));
    if (r.nextInt(20) == 0) {
      t = t.plusSeconds(60L * (1 + r.nextInt(3 * 24 * 60)));
      events.add(new Event(t, seq++, "reopened", null, "open"));
      t = t.plusSeconds(60L * (1 + r.nextInt(12 * 60)));
      events.add(new Event(t, seq, "resolved", null, "resolved"));
    }
    return events;
  }

  /** The rows of ticket {@code i} ({@link SparkSchemas#TICKET_EVENTS}). */
  static List<Row> eventRows(long seed, int customers, long ticket) {
    String agreement = agreementOf(ticket, customers);
    String id = ticketId(ticket);
    List<Row> rows = new ArrayList<>(6);
    for (Event e : events(seed, ticket)) {
      rows.add(
          RowFactory.create(
              agreement, id, Timestamp.from(e.at), e.seq, e.type, e.priority, e.status));
    }
    return rows;
  }

  TicketHistory history(long ticket) {
    List<TicketEvent> events = new ArrayList<>();
    for (Event e : events(seed, ticket)) {
      events.add(e.toEvent());
    }
    return TicketHistory.of(ticketId(ticket), events);
  }

  /** The outages of every customer: eight each, some planned, some partial. */
  List<Outage> outages(int customer) {
    SplittableRandom r = new SplittableRandom(seed * 31 + customer);
    List<Outage> outages = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      Instant start =
          MONTH.atStartOfDay(BERLIN).plusMinutes(r.nextInt(31 * 24 * 60)).toInstant();
      Instant end = start.plusSeconds(60L * (5 + r.nextInt(90)));
      Outage.Builder b = Outage.builder();
      b.id("INC-" + (customer + 1) + "-" + (k + 1))
          .service(k % 4 == 3 ? "report" : "shop")
          .interval(Interval.of(start, end));
      if (k % 3 == 1) {
        b.cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(start.minusSeconds(3600L * (24 + r.nextInt(120))));
      } else if (k == 5) {
        b.impact(new BigDecimal("0.5"));
      }
      outages.add(b.build());
    }
    return outages;
  }

  List<Row> outageRows(int customer) {
    List<Row> rows = new ArrayList<>();
    for (Outage o : outages(customer)) {
      rows.add(
          RowFactory.create(
              agreementId(customer),
              o.id(),
              o.service(),
              Timestamp.from(o.interval().getStart()),
              Timestamp.from(o.interval().getEnd()),
              o.cause().map(OutageCause::name).orElse(null),
              o.announcedAt().map(Timestamp::from).orElse(null),
              o.impact().compareTo(BigDecimal.ONE) == 0 ? null : o.impact().toPlainString()));
    }
    return rows;
  }

  /** A latency sample every 15 minutes of the month. */
  List<Sample> samples(int customer) {
    SplittableRandom r = new SplittableRandom(seed * 17 + customer);
    List<Sample> samples = new ArrayList<>();
    Instant end = MONTH.plusMonths(1).atStartOfDay(BERLIN).toInstant();
    for (Instant t = MONTH.atStartOfDay(BERLIN).toInstant(); t.isBefore(end);
        t = t.plusSeconds(900)) {
      samples.add(Sample.of(t, BigDecimal.valueOf(80 + r.nextInt(220))));
    }
    return samples;
  }

  List<Row> sampleRows(int customer) {
    List<Row> rows = new ArrayList<>();
    for (Sample s : samples(customer)) {
      rows.add(
          RowFactory.create(
              agreementId(customer),
              "latency",
              Timestamp.from(s.at()),
              s.value().toPlainString()));
    }
    return rows;
  }

  /** The ticket events of tickets 0 to {@code tickets - 1}, generated on the executors. */
  Dataset<Row> ticketEvents(SparkSession spark, long tickets, int partitions) {
    return spark
        .range(0, tickets, 1, partitions)
        .mapPartitions(new TicketRows(seed, customers), Encoders.row(SparkSchemas.TICKET_EVENTS));
  }

  Dataset<Row> outages(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      rows.addAll(outageRows(c));
    }
    return spark.createDataFrame(rows, SparkSchemas.OUTAGES);
  }

  Dataset<Row> samples(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      rows.addAll(sampleRows(c));
    }
    return spark.createDataFrame(rows, SparkSchemas.SAMPLES);
  }

  /** Generates the rows of a range of ticket numbers. */
  private static final class TicketRows implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private final int customers;

    TicketRows(long seed, int customers) {
      this.seed = seed;
      this.customers = customers;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> tickets) {
      return new Iterator<>() {
        private Iterator<Row> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && tickets.hasNext()) {
            current = eventRows(seed, customers, tickets.next()).iterator();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return current.next();
        }
      };
    }
  }

  /** The reports of {@code tickets} tickets evaluated in this process, without Spark. */
  List<PeriodReport> reportsInOneProcess(long tickets) {
    List<PeriodAccumulator> accs = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      PeriodAccumulator acc = PeriodAccumulator.of(agreements.get(c), MONTH, AS_OF);
      outages(c).forEach(acc::add);
      for (Sample s : samples(c)) {
        acc.add("latency", s);
      }
      accs.add(acc);
    }
    for (long i = 0; i < tickets; i++) {
      accs.get((int) (i % customers)).add(history(i));
    }
    List<PeriodReport> reports = new ArrayList<>();
    accs.forEach(a -> reports.add(a.report()));
    return reports;
  }
}
