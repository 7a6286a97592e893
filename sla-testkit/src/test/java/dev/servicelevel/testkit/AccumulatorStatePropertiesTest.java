package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.evaluation.AccumulatorState;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The laws of the accumulator state (issue 14, items 6 and 7), for any SLA the testkit generates
 * and observations of every kind around its first period: a state read back from its bytes and
 * restored merges and reports exactly as the accumulator it was taken from; restoring is a
 * fixed point of {@code state()}; equal states give equal bytes.
 */
class AccumulatorStatePropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 150);

  /** An SLA, a date and an instant to evaluate as of, options, and observations in two shards. */
  record Scenario(
      Agreement agreement,
      LocalDate date,
      Instant asOf,
      EvaluationOptions options,
      List<Consumer<PeriodAccumulator>> a,
      List<Consumer<PeriodAccumulator>> b) {

    PeriodAccumulator shard(List<Consumer<PeriodAccumulator>> observations) {
      PeriodAccumulator acc = PeriodAccumulator.of(agreement, date, asOf, options);
      observations.forEach(o -> o.accept(acc));
      return acc;
    }

    PeriodAccumulator restore(AccumulatorState state) {
      return PeriodAccumulator.restore(agreement, date, asOf, options, state);
    }

    @Override
    public String toString() {
      return agreement + " " + date + " as of " + asOf + ", " + a.size() + " + " + b.size()
          + " observations";
    }
  }

  static Scenario scenario(RandomGenerator r) {
    while (true) {
      try {
        Scenario s = tryScenario(r);
        s.shard(List.of());
        return s;
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        // a first period beyond the supported range, or empty (a date a zone skips): another
      }
    }
  }

  private static Scenario tryScenario(RandomGenerator r) {
    Agreement agreement = AgreementGens.sla(r);
    LocalDate date = agreement.validity().getStart();
    PeriodRange month =
        PeriodRange.of(ReportingPeriod.calendarMonth(), date, agreement.zone());
    Instant asOf = month.start().plus(Duration.ofHours(r.nextInt(24 * 45)));
    EvaluationOptions options = EvaluationOptions.builder()
        .worstRecords(r.nextInt(4)).explanationPage(r.nextInt(2))
        .unevaluableRecords(r.nextInt(3)).build();
    List<Consumer<PeriodAccumulator>> all = new ArrayList<>();
    List<Service> services = agreement.services();
    for (Outage o : ComplianceScenarios.outages(r, month, 12)) {
      Outage mine = withService(o, services.get(r.nextInt(services.size())).id());
      all.add(acc -> acc.add(mine));
    }
    ComplianceScenarios.tickets(r, month, 12).forEach(t -> all.add(acc -> acc.add(t)));
    for (MetricTarget t : agreement.targets()) {
      if (!(t instanceof MeasurementTarget)) {
        continue;
      }
      Indicator indicator = ((MeasurementTarget) t).indicator();
      String id = t.id();
      if (indicator.kind() == Indicator.Kind.RATIO || indicator.isSliced()) {
        for (int i = r.nextInt(15); i > 0; i--) {
          var count = ComplianceScenarios.eventCount(r, month);
          all.add(acc -> acc.add(id, count));
        }
      } else {
        for (Sample s : ComplianceScenarios.samples(r, month, 25)) {
          all.add(acc -> acc.add(id, s));
        }
      }
    }
    List<Consumer<PeriodAccumulator>> a = new ArrayList<>();
    List<Consumer<PeriodAccumulator>> b = new ArrayList<>();
    for (Consumer<PeriodAccumulator> o : all) {
      (r.nextBoolean() ? a : b).add(o);
    }
    return new Scenario(agreement, date, asOf, options, a, b);
  }

  @Test
  void restoredFromBytesThenMerged_reportsAsTheOriginalMerged() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(AccumulatorStatePropertiesTest::scenario))
        .checkAssert(
            s -> {
              byte[] bytes = s.shard(s.a()).state().toBytes();
              PeriodAccumulator restored = s.restore(AccumulatorState.fromBytes(bytes));
              assertEquals(
                  s.shard(s.a()).merge(s.shard(s.b())).report(),
                  restored.merge(s.shard(s.b())).report());
              // and merged into
              assertEquals(
                  s.shard(s.b()).merge(s.shard(s.a())).report(),
                  s.shard(s.b()).merge(s.restore(AccumulatorState.fromBytes(bytes))).report());
            });
  }

  @Test
  void restored_reportsAlike_andIsAFixedPointOfState() {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGens.of(AccumulatorStatePropertiesTest::scenario))
        .checkAssert(
            s -> {
              PeriodAccumulator a = s.shard(s.a());
              AccumulatorState state = a.state();
              byte[] bytes = state.toBytes();
              AccumulatorState read = AccumulatorState.fromBytes(bytes);
              assertEquals(state, read);
              assertArrayEquals(bytes, read.toBytes());
              assertEquals(state, AccumulatorState.fromTree(state.tree()));
              PeriodAccumulator restored = s.restore(read);
              assertEquals(state, restored.state());
              assertEquals(a.report(), restored.report());
              assertEquals(state, restored.state());
            });
  }

  /** The outage, of another service. */
  static Outage withService(Outage o, String service) {
    Outage.Builder b = Outage.builder().id(o.id()).service(service).interval(o.interval())
        .impact(o.impact()).announcedInAdvance(o.announcedInAdvance());
    o.cause().ifPresent(b::cause);
    o.announcedAt().ifPresent(b::announcedAt);
    return b.build();
  }
}
