package dev.servicelevel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterleavedTest {

  @Test
  void anArm_isALabelARegexParametersAndAnOptionalDivisor() {
    Interleaved.Arm arm =
        Interleaved.Arm.parse("one shard=ComplianceBenchmark.report$;shards=1;tickets=20000");
    assertEquals("one shard", arm.label);
    assertEquals("ComplianceBenchmark.report$", arm.include);
    assertEquals(Map.of("shards", "1", "tickets", "20000"), arm.params);
    assertEquals(1, arm.per);

    Interleaved.Arm perRecord = Interleaved.Arm.parse("10k=TicketGrowthBenchmark;per=10000");
    assertEquals(10_000, perRecord.per);
    assertTrue(perRecord.params.isEmpty(), "per is not a JMH parameter");
  }

  @Test
  void aMalformedArm_isRefusedByName() {
    for (String bad : List.of("ComplianceBenchmark", "=regex", "label=", "a=b;shards", "a=b;per=0",
        "a=b;per=-2")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Interleaved.Arm.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void badArguments_areRefusedBeforeAnyRun() {
    IllegalArgumentException rounds =
        assertThrows(
            IllegalArgumentException.class,
            () -> Interleaved.main(new String[] {"three", "a=b", "--"}));
    assertTrue(rounds.getMessage().contains("three"), rounds.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Interleaved.main(new String[] {"0", "a=b", "--"}));
    assertThrows(
        IllegalArgumentException.class, () -> Interleaved.main(new String[] {"3", "a=b"}));
  }

  @Test
  void theMedian_isTheMiddleValue_orTheMeanOfTheTwoMiddleOnes() {
    assertEquals(3, Interleaved.median(new double[] {9, 1, 3}));
    assertEquals(2.5, Interleaved.median(new double[] {4, 1, 3, 2}));
    assertThrows(IllegalArgumentException.class, () -> Interleaved.median(new double[0]));
  }

  @Test
  void theTable_givesTheFirstArmOverEachArm_overallAndRoundByRound() {
    Interleaved.Arm naive = new Interleaved.Arm("naive", "x", 1);
    naive.unit = "ms/op";
    naive.rounds.add(new double[] {3000, 3100, 2900});
    naive.rounds.add(new double[] {2000, 2100, 1900});
    Interleaved.Arm library = new Interleaved.Arm("library", "y", 1);
    library.unit = "ms/op";
    library.rounds.add(new double[] {1000, 1000, 1000});
    library.rounds.add(new double[] {800, 800, 800});

    String table = Interleaved.render(List.of(naive, library));

    // all six naive shots: median (2100 + 2900) / 2 = 2500; library: median 900
    assertTrue(table.contains("| naive | 2,500 ms/op | 1.00× | 3,000 | 2,000 |"), table);
    assertTrue(
        table.contains("| library | 900 ms/op | 2.78× | 1,000 (3.00×) | 800 (2.50×) |"), table);
    assertTrue(table.contains("Largest score ÷ smallest: 2.78×."), table);
  }

  @Test
  void aTimePerRecord_isShownInNanoseconds() {
    assertEquals(1e6, ReadmeTable.nanosPer("ms/op"));
    assertEquals(1e9, ReadmeTable.nanosPer("s/op"));
    assertThrows(IllegalArgumentException.class, () -> ReadmeTable.nanosPer("ops/ms"));
  }
}
