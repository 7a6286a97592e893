package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.assertRejected;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.outage;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.AvailabilityTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  static final Instant AFTER_JUNE = Instant.parse("2025-07-01T00:00:00Z");
  static final AvailabilityTarget TARGET = availability("99.9").build();

  /** Outages of 1 to 7 minutes, so the ranking is by length. */
  static List<Outage> outages() {
    List<Outage> list = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      list.add(outage("O-" + i, utc("2025-06-0" + i + "T10:00"), Duration.ofMinutes(i)));
    }
    return list;
  }

  static Explanation page(int size, int page) {
    EvaluationOptions options =
        EvaluationOptions.builder().worstRecords(size).explanationPage(page).build();
    return AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE, options)
        .addAll(outages())
        .result()
        .explanation();
  }

  // ---- pages ----

  @Test
  void pages_listEveryRecordOnceInRankOrder() {
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      page(3, p).counted().forEach(r -> ids.add(r.id()));
    }
    assertEquals(List.of("O-7", "O-6", "O-5", "O-4", "O-3", "O-2", "O-1"), ids);
    assertEquals(List.of("O-1"), ids(page(3, 2)));
    assertEquals(List.of(), ids(page(3, 3)));
    // the counts cover every record whatever the page
    assertEquals(Map.of("counted", 7L), page(3, 3).reasonCounts());
  }

  @Test
  void pages_areTheSameWhateverTheShardsAndTheirOrder() {
    EvaluationOptions options =
        EvaluationOptions.builder().worstRecords(2).explanationPage(1).build();
    List<Outage> all = outages();
    AvailabilityAccumulator a = AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE,
        options);
    AvailabilityAccumulator b = AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE,
        options);
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? a : b).add(all.get(all.size() - 1 - i));
    }
    assertEquals(List.of("O-5", "O-4"), ids(b.merge(a).result().explanation()));
  }

  static List<String> ids(Explanation e) {
    return e.counted().stream().map(ExplainedRecord::id).collect(Collectors.toList());
  }

  @Test
  void options_boundTheRecordsKeptForAPage() {
    assertEquals(
        999,
        EvaluationOptions.builder().worstRecords(1000).explanationPage(999).build()
            .explanationPage());
    assertRejected(
        "Explanation page must be at least 0 and keep at most 1000000 records, (page + 1) *"
            + " worst records: 1000 / 1000",
        () -> EvaluationOptions.builder().worstRecords(1000).explanationPage(1000).build());
    assertRejected(
        "Explanation page must be at least 0 and keep at most 1000000 records, (page + 1) *"
            + " worst records: -1 / 10",
        () -> EvaluationOptions.builder().explanationPage(-1).build());
  }

  // ---- codes and figures ----

  @Test
  void records_carryCodeIdAndExactFigures() {
    Outage half =
        Outage.builder()
            .id("INC-1")
            .service("shop")
            .interval(org.threeten.extra.Interval.of(utc("2025-06-02T10:00"), Duration.ofMinutes(12)))
            .impact(dec("0.5"))
            .build();
    Explanation e =
        AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(half)
            .result()
            .explanation();
    ExplainedRecord r = e.counted().get(0);
    assertEquals("INC-1", r.id());
    assertEquals(ReasonCode.OUTAGE_COUNTED, r.code());
    assertEquals(
        Map.of("windowSeconds", dec("720"), "impact", dec("0.5"), "cost", dec("360")),
        r.figures());
    assertEquals(List.of("windowSeconds", "impact", "cost"), new ArrayList<>(r.figures().keySet()));
    assertEquals("PT12M of window time at impact 0.5", r.reason());
    assertEquals(List.of(r), e.records().collect(Collectors.toList()));
  }

  // ---- exact achieved value and margin ----

  @Test
  void exactAchieved_isTheFractionBehindTheRoundedValue() {
    // 7 s down of June's 2592000 s: 100 * 2591993 / 2592000 = 99.999729938...
    TargetResult r =
        AvailabilityAccumulator.of(TARGET, ALWAYS_UTC, JUNE, AFTER_JUNE)
            .add(outage("X", utc("2025-06-02T10:00"), Duration.ofSeconds(7)))
            .result();
    Fraction exact = Fraction.of(dec("259199300"), dec("2592000"));
    assertEquals(Optional.of(exact), r.exactAchieved());
    assertEquals(Optional.of(dec("99.999729")), r.achieved());
    assertEquals(Optional.of(exact.minus(Fraction.of(dec("99.9")))), r.exactMargin());
    assertEquals(
        Optional.of(new BigDecimal("0.099729")),
        r.exactMargin().map(m -> m.toDecimal(6, java.math.RoundingMode.FLOOR)));
  }
}
