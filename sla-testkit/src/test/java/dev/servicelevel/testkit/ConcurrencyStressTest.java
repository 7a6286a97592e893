package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Sixteen threads on shared values at once, compared with one thread on equal values: a lazily
 * compiling calendar queried across year boundaries, accumulators merged in parallel, timers
 * evaluated in parallel. Any difference, exception or lost update fails the test.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = Integer.getInteger("servicelevel.stress.rounds", 4);
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  /** Runs the task on every thread at once (released by one latch) and returns the results. */
  private static <T> List<T> onAllThreads(IntFunction<Callable<T>> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Callable<T> work = task.apply(i);
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return work.call();
              }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(2, TimeUnit.MINUTES));
    }
    return results;
  }

  // ---- calendars -----------------------------------------------------------------------------

  /** One query's answer as text: the value, or the exception's type and message. */
  private static String answer(Callable<Object> query) {
    try {
      return String.valueOf(query.call());
    } catch (DateTimeException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (Exception e) {
      throw new AssertionError("undocumented exception", e);
    }
  }

  /** Queries around New Year of many years, so that threads compile years at the same time. */
  private static List<String> queries(BusinessCalendar c, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int year = 1901 + r.nextInt(497);
      Instant t =
          LocalDate.of(year, 1, 1)
              .atStartOfDay(ZoneId.of("UTC"))
              .toInstant()
              .plusSeconds(r.nextLong(-5 * 86_400L, 5 * 86_400L));
      Duration d = Duration.ofMinutes(r.nextLong(0, 60L * 24 * 800));
      answers.add(answer(() -> c.isOpen(t)));
      answers.add(answer(() -> c.plus(t, d)));
      answers.add(answer(() -> c.minus(t, d)));
      answers.add(answer(() -> c.between(t, t.plus(d))));
      answers.add(answer(() -> c.nextOpen(t)));
      answers.add(answer(() -> c.previousClose(t)));
    }
    return answers;
  }

  /** A calendar nobody has queried yet, plain or as a union (composed compilation). */
  private static BusinessCalendar fresh(CalendarSpec spec, boolean union) {
    BusinessCalendar c = spec.build();
    return union ? c.union(BusinessCalendar.builder(spec.zone()).build()) : c;
  }

  @Test
  void sixteenThreadsOnOneFreshCalendarAnswerAsOneThreadDoes() throws Exception {
    SplittableRandom r = new SplittableRandom(20261204L);
    for (int round = 0; round < ROUNDS; round++) {
      CalendarSpec spec = CalendarSpecs.calendar(r);
      boolean union = round % 2 == 1;
      BusinessCalendar reference = fresh(spec, union);
      List<List<String>> expected = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        expected.add(queries(reference, i));
      }
      // A calendar nobody has queried yet: every year compiles under contention.
      BusinessCalendar shared = fresh(spec, union);
      List<List<String>> actual = onAllThreads(i -> () -> queries(shared, i));
      for (int i = 0; i < THREADS; i++) {
        List<String> mine = actual.get(i);
        for (int q = 0; q < mine.size(); q++) {
          assertEquals(expected.get(i).get(q), mine.get(q), "thread " + i + ", query " + q
              + " on " + spec);
        }
      }
    }
  }

  // ---- accumulators and timers ---------------------------------------------------------------

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final Instant AS_OF = Instant.parse("2025-06-20T12:00:00Z");

  private static Agreement agreement() {
    BusinessCalendar prime =
        BusinessCalendar.builder(BERLIN)
            .open(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(8, 0),
                LocalTime.of(22, 0))
            .build();
    ServiceWindow window = ServiceWindow.of("prime", prime);
    return Agreement.builder()
        .id("stress-sla")
        .kind(AgreementKind.SLA)
        .title("Stress")
        .provider(Party.of("provider", "Provider"))
        .customer(Party.of("customer", "Customer"))
        .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
        .zone(BERLIN)
        .addServices(Service.of(ComplianceScenarios.SERVICE, "Shop"))
        .addWindows(window, window.complement("non-prime"))
        .addTargets(
            AvailabilityTarget.builder()
                .id("avail")
                .service(ComplianceScenarios.SERVICE)
                .window("prime")
                .minimum(new BigDecimal("99.5"))
                .addExcludedCauses(OutageCause.CUSTOMER_CAUSED)
                .build(),
            AvailabilityTarget.builder()
                .id("avail-off")
                .service(ComplianceScenarios.SERVICE)
                .window("non-prime")
                .minimum(new BigDecimal("99"))
                .build(),
            TicketTimerTarget.builder()
                .id("respond")
                .service(ComplianceScenarios.SERVICE)
                .window("prime")
                .timer(TimerKind.RESPOND)
                .addGoals(
                    TimerGoal.of(
                        Condition.fieldIs("priority", "P1"), BusinessDuration.businessMinutes(30)),
                    TimerGoal.of(
                        Condition.fieldIs("priority", "P2"), BusinessDuration.businessHours(2)),
                    TimerGoal.of(
                        Condition.fieldIs("priority", "P3"), BusinessDuration.businessHours(8)))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("agent-reply"))
                .cancelWhen(Condition.event("withdrawn"))
                .requiredShare(new BigDecimal("90"))
                .build(),
            MeasurementTarget.builder()
                .id("latency")
                .service(ComplianceScenarios.SERVICE)
                .window("prime")
                .indicator(Indicator.percentile(new BigDecimal("95")))
                .comparison(Comparison.LESS_OR_EQUAL)
                .objective(new BigDecimal("300"))
                .build())
        .build();
  }

  /** One shard's records. */
  private static final class Shard {
    final List<Outage> outages;
    final List<TicketHistory> tickets;
    final List<Sample> samples;

    Shard(SplittableRandom r, PeriodRange june) {
      outages = ComplianceScenarios.outages(r, june, 40);
      tickets = ComplianceScenarios.tickets(r, june, 300);
      samples = ComplianceScenarios.samples(r, june, 600);
    }

    PeriodAccumulator accumulate(Agreement sla) {
      PeriodAccumulator a = PeriodAccumulator.of(sla, JUNE_1, AS_OF);
      outages.forEach(a::add);
      tickets.forEach(a::add);
      samples.forEach(s -> a.add("latency", s));
      return a;
    }
  }

  @Test
  void accumulatorsBuiltAndMergedOnSixteenThreadsEqualOnePass() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Agreement sla = agreement();
      PeriodRange june = PeriodRange.of(ReportingPeriod.calendarMonth(), JUNE_1, BERLIN);
      SplittableRandom r = new SplittableRandom(round);
      List<Shard> shards = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        shards.add(new Shard(r, june));
      }
      PeriodAccumulator onePass = PeriodAccumulator.of(agreement(), JUNE_1, AS_OF);
      for (Shard s : shards) {
        s.outages.forEach(onePass::add);
        s.tickets.forEach(onePass::add);
        s.samples.forEach(x -> onePass.add("latency", x));
      }
      PeriodReport expected = onePass.report();

      // Each thread accumulates its shard on the shared agreement (one lazily compiling calendar),
      // then pairs of shards merge in parallel, level by level, as a parallel reduce does.
      List<PeriodAccumulator> level = onAllThreads(i -> () -> shards.get(i).accumulate(sla));
      while (level.size() > 1) {
        List<PeriodAccumulator> current = level;
        List<Callable<PeriodAccumulator>> merges = new ArrayList<>();
        for (int i = 0; i + 1 < current.size(); i += 2) {
          int k = i;
          merges.add(() -> current.get(k).merge(current.get(k + 1)));
        }
        List<PeriodAccumulator> next = new ArrayList<>();
        for (Future<PeriodAccumulator> f : pool.invokeAll(merges)) {
          next.add(f.get());
        }
        if (current.size() % 2 == 1) {
          next.add(current.get(current.size() - 1));
        }
        level = next;
      }
      PeriodReport actual = level.get(0).report();
      assertEquals(expected.toString(), actual.toString());
      assertEquals(expected.results(), actual.results());
      assertEquals(expected.unevaluable(), actual.unevaluable());
    }
  }

  @Test
  void timersEvaluatedOnSixteenThreadsEqualOneThread() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    for (int round = 0; round < ROUNDS; round++) {
      TicketScenario scenario = TicketScenarios.scenario(r, true);
      List<TicketHistory> histories = new ArrayList<>();
      List<Instant> instants = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        TicketScenario s = TicketScenarios.scenario(r, true);
        histories.add(s.history());
        instants.add(s.asOf());
      }
      TicketTimerTarget target = scenario.target();
      BusinessCalendar reference = scenario.calendar().build();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < histories.size(); i++) {
        TicketHistory h = histories.get(i);
        Instant at = instants.get(i);
        expected.add(answer(() -> TicketTimers.evaluate(h, target, reference, at)));
      }
      BusinessCalendar shared = scenario.calendar().build();
      List<List<String>> actual =
          onAllThreads(
              t ->
                  () -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < histories.size(); i++) {
                      // Each thread walks the tickets from a different place.
                      int k = (i + t * 13) % histories.size();
                      TicketHistory h = histories.get(k);
                      Instant at = instants.get(k);
                      TimerResult[] result = new TimerResult[1];
                      String text =
                          answer(
                              () -> {
                                result[0] = TicketTimers.evaluate(h, target, shared, at);
                                return result[0];
                              });
                      mine.add(k + "\u0000" + Objects.toString(text));
                    }
                    return mine;
                  });
      for (List<String> mine : actual) {
        assertEquals(histories.size(), mine.size());
        for (String line : mine) {
          int cut = line.indexOf('\u0000');
          int k = Integer.parseInt(line.substring(0, cut));
          assertEquals(expected.get(k), line.substring(cut + 1), "ticket " + k);
        }
      }
    }
  }
}
