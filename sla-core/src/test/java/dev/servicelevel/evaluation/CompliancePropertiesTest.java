package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static dev.servicelevel.evaluation.ComplianceGenerators.countedOutages;
import static dev.servicelevel.evaluation.ComplianceGenerators.outageLists;
import static dev.servicelevel.evaluation.ComplianceGenerators.sampleLists;
import static dev.servicelevel.evaluation.ComplianceGenerators.seeds;
import static dev.servicelevel.evaluation.ComplianceGenerators.shardIndexes;
import static dev.servicelevel.evaluation.ComplianceGenerators.ticketLists;
import static dev.servicelevel.evaluation.ComplianceGenerators.instants;
import static dev.servicelevel.evaluation.ComplianceGenerators.lengths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.CreditCombination;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TicketTimerTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;

/** The laws of period compliance, for any generated observations. */
class CompliancePropertiesTest {

  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final Instant MID_JUNE = utc("2025-06-16T12:00");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final AvailabilityTarget TARGET =
      AvailabilityTarget.builder()
          .id("shop-avail")
          .service("shop")
          .window("all")
          .minimum(dec("99.5"))
          .addExcludedCauses(OutageCause.CUSTOMER_CAUSED, OutageCause.PLANNED_MAINTENANCE)
          .ignoreOutagesShorterThan(Duration.ofSeconds(30))
          .build();
  static final TicketTimerTarget RESPOND =
      ComplianceFixtures.respond().requiredShare(dec("90")).build();
  static final MeasurementTarget P95 =
      ComplianceFixtures.measurement(
              Indicator.percentile(dec("95")), Comparison.LESS_OR_EQUAL, "300")
          .build();
  static final EvaluationOptions FEW = EvaluationOptions.builder().worstRecords(3).build();

  static TargetResult availability(List<Outage> outages, Instant asOf) {
    return AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, asOf, FEW).addAll(outages).result();
  }

  @Test
  void availabilityIsWithin0And100AndNonIncreasingAsDowntimeIsAdded() {
    qt().withExamples(300)
        .forAll(outageLists(), countedOutages(), Generate.pick(List.of(AFTER_JUNE, MID_JUNE)))
        .checkAssert(
            (outages, extra, asOf) -> {
              TargetResult before = availability(outages, asOf);
              List<Outage> more = new ArrayList<>(outages);
              more.add(extra);
              TargetResult after = availability(more, asOf);
              BigDecimal a = before.achieved().orElseThrow();
              BigDecimal b = after.achieved().orElseThrow();
              assertTrue(a.signum() >= 0 && a.compareTo(HUNDRED) <= 0, "in [0, 100]: " + a);
              assertTrue(b.compareTo(a) <= 0, "non-increasing: " + a + " then " + b);
              assertTrue(
                  after.budget().orElseThrow().used().compareTo(before.budget().orElseThrow().used())
                      >= 0);
            });
  }

  @Test
  void addingAnExcludedOutageChangesNothing() {
    qt().withExamples(300)
        .forAll(outageLists(), instants(), lengths(), Generate.pick(List.of(true, false)))
        .checkAssert(
            (outages, start, length, customer) -> {
              Outage.Builder b =
                  Outage.builder().id("EXCL").service("shop").interval(Interval.of(start, length));
              if (customer) {
                b.cause(OutageCause.CUSTOMER_CAUSED);
              } else {
                b.cause(OutageCause.PLANNED_MAINTENANCE);
              }
              TargetResult without = availability(outages, AFTER_JUNE);
              List<Outage> with = new ArrayList<>(outages);
              with.add(b.build());
              TargetResult withExcluded = availability(with, AFTER_JUNE);
              assertEquals(without.status(), withExcluded.status());
              assertEquals(without.achieved(), withExcluded.achieved());
              assertEquals(without.budget(), withExcluded.budget());
              assertEquals(
                  without.availability().orElseThrow().downtime(),
                  withExcluded.availability().orElseThrow().downtime());
              assertEquals(without.explanation().counted(), withExcluded.explanation().counted());
            });
  }

  /** Splits records into shards by index, accumulates each, merges in shard order. */
  static <R, A> A sharded(
      List<R> records,
      List<Integer> shards,
      Supplier<A> empty,
      java.util.function.BiConsumer<A, R> add,
      java.util.function.BinaryOperator<A> merge) {
    List<A> parts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      parts.add(empty.get());
    }
    for (int i = 0; i < records.size(); i++) {
      add.accept(parts.get(shards.get(i)), records.get(i));
    }
    // merge as a tree, not left to right: ((0 1) (2 (3 4)))
    A left = merge.apply(parts.get(0), parts.get(1));
    A right = merge.apply(parts.get(2), merge.apply(parts.get(3), parts.get(4)));
    return merge.apply(left, right);
  }

  @Test
  void anyShardingMergedEqualsOnePass_availability() {
    qt().withExamples(200)
        .forAll(outageLists().flatMap(l -> shardIndexes(l.size()).map(s -> List.of(l, s))))
        .checkAssert(
            pair -> {
              @SuppressWarnings("unchecked")
              List<Outage> outages = (List<Outage>) pair.get(0);
              @SuppressWarnings("unchecked")
              List<Integer> shards = (List<Integer>) pair.get(1);
              AvailabilityAccumulator merged =
                  sharded(
                      outages,
                      shards,
                      () -> AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE, FEW),
                      AvailabilityAccumulator::add,
                      AvailabilityAccumulator::merge);
              assertEquals(availability(outages, AFTER_JUNE), merged.result());
            });
  }

  @Test
  void anyShardingMergedEqualsOnePass_tickets() {
    qt().withExamples(150)
        .forAll(ticketLists().flatMap(l -> shardIndexes(l.size()).map(s -> List.of(l, s))))
        .checkAssert(
            pair -> {
              @SuppressWarnings("unchecked")
              List<TicketHistory> tickets = (List<TicketHistory>) pair.get(0);
              @SuppressWarnings("unchecked")
              List<Integer> shards = (List<Integer>) pair.get(1);
              Supplier<TicketTimerAccumulator> empty =
                  () -> TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, AFTER_JUNE, FEW);
              TicketTimerAccumulator merged =
                  sharded(
                      tickets,
                      shards,
                      empty,
                      TicketTimerAccumulator::add,
                      TicketTimerAccumulator::merge);
              assertEquals(empty.get().addAll(tickets).result(), merged.result());
            });
  }

  @Test
  void anyShardingMergedEqualsOnePass_samples() {
    qt().withExamples(200)
        .forAll(sampleLists().flatMap(l -> shardIndexes(l.size()).map(s -> List.of(l, s))))
        .checkAssert(
            pair -> {
              @SuppressWarnings("unchecked")
              List<Sample> samples = (List<Sample>) pair.get(0);
              @SuppressWarnings("unchecked")
              List<Integer> shards = (List<Integer>) pair.get(1);
              Supplier<MeasurementAccumulator> empty =
                  () -> MeasurementAccumulator.of(P95, ALWAYS_UTC, JUNE, MID_JUNE, FEW);
              MeasurementAccumulator merged =
                  sharded(
                      samples,
                      shards,
                      empty,
                      MeasurementAccumulator::add,
                      MeasurementAccumulator::merge);
              assertEquals(empty.get().addSamples(samples).result(), merged.result());
            });
  }

  @Test
  void anyShardingMergedEqualsOnePass_percentileBeyondTheExactLimit() {
    // 5000 to 6000 distinct values push the distribution into buckets in some shards only
    qt().withExamples(20)
        .forAll(integers().between(5000, 6000), integers().between(1, 1_000_000))
        .checkAssert(
            (n, seed) -> {
              Random random = new Random(seed);
              List<Sample> samples = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                samples.add(
                    Sample.of(
                        JUNE.start().plusSeconds(i), BigDecimal.valueOf(random.nextInt(40_000), 2)));
              }
              List<Integer> shards = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                shards.add(random.nextInt(i < n / 2 ? 2 : 5));
              }
              Supplier<MeasurementAccumulator> empty =
                  () -> MeasurementAccumulator.of(P95, ALWAYS_UTC, JUNE, AFTER_JUNE, FEW);
              TargetResult onePass = empty.get().addSamples(samples).result();
              TargetResult merged =
                  sharded(samples, shards, empty, MeasurementAccumulator::add, MeasurementAccumulator::merge)
                      .result();
              assertEquals(onePass, merged);
              // and the bucketed value is within 1 % of the exact nearest rank
              List<BigDecimal> sorted = new ArrayList<>();
              samples.forEach(s -> sorted.add(s.value()));
              Collections.sort(sorted);
              BigDecimal exact = sorted.get((int) Math.ceil(0.95 * n) - 1);
              BigDecimal reported = onePass.achieved().orElseThrow();
              assertTrue(
                  reported.subtract(exact).abs().multiply(HUNDRED).compareTo(exact) <= 0,
                  "within 1 %: " + reported + " vs " + exact);
              assertEquals(
                  exact.compareTo(dec("300")) <= 0, onePass.status().isMet(), "exact verdict");
            });
  }

  static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void reorderingInputsChangesNothing() {
    qt().withExamples(150)
        .forAll(outageLists(), ticketLists(), sampleLists(), seeds())
        .checkAssert(
            (outages, tickets, samples, seed) -> {
              assertEquals(
                  availability(outages, AFTER_JUNE), availability(shuffled(outages, seed), AFTER_JUNE));
              Function<List<TicketHistory>, TargetResult> respond =
                  l -> TicketTimerAccumulator.of(RESPOND, ALWAYS_UTC, JUNE, AFTER_JUNE, FEW).addAll(l).result();
              assertEquals(respond.apply(tickets), respond.apply(shuffled(tickets, seed)));
              Function<List<Sample>, TargetResult> p95 =
                  l -> MeasurementAccumulator.of(P95, ALWAYS_UTC, JUNE, AFTER_JUNE, FEW).addSamples(l).result();
              assertEquals(p95.apply(samples), p95.apply(shuffled(samples, seed)));
            });
  }

  @Test
  void creditsNeverExceedTheCap() {
    qt().withExamples(300)
        .forAll(
            lists().of(outageLists()).ofSizeBetween(1, 4),
            integers().between(0, 100),
            Generate.enumValues(CreditCombination.class),
            integers().between(1, 100))
        .checkAssert(
            (perTarget, cap, combination, tierCredit) -> {
              CreditPolicy.Builder policy =
                  CreditPolicy.builder()
                      .fee(dec("999.99"))
                      .currency(Currency.getInstance("EUR"))
                      .combination(combination)
                      .capPercent(BigDecimal.valueOf(cap));
              List<TargetResult> results = new ArrayList<>();
              for (int i = 0; i < perTarget.size(); i++) {
                String id = "t" + i;
                AvailabilityTarget t =
                    AvailabilityTarget.builder()
                        .id(id)
                        .service("shop")
                        .window("all")
                        .minimum(dec("99.99"))
                        .build();
                policy.addTargets(
                    TargetCredits.of(
                        id,
                        CreditTier.below(dec("99"), BigDecimal.valueOf(tierCredit)),
                        CreditTier.between(dec("99"), dec("99.99"), dec("10"))));
                results.add(
                    AvailabilityAccumulator.of(t, ALWAYS_UTC, JUNE, AFTER_JUNE)
                        .addAll(perTarget.get(i))
                        .result());
              }
              CreditPolicy p = policy.build();
              CreditResult c = CreditResult.of(p, results);
              BigDecimal capPercent = BigDecimal.valueOf(cap);
              assertTrue(c.cappedPercent().compareTo(capPercent) <= 0, c.toString());
              BigDecimal capAmount = p.fee().multiply(capPercent).divide(HUNDRED);
              assertTrue(c.amount().compareTo(capAmount.setScale(2, java.math.RoundingMode.HALF_EVEN)) <= 0, c.toString());
              assertTrue(c.payable().compareTo(c.amount()) <= 0);
            });
  }
}
