package dev.servicelevel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

class ReadmeTableTest {

  @Test
  void theAllocationPerOperation_isFoundUnderEitherNameOfTheGcProfiler() {
    ScalarResult bytes =
        new ScalarResult("gc.alloc.rate.norm", 1360.0, "B/op", AggregationPolicy.AVG);
    assertEquals(1360.0, ReadmeTable.allocation(Map.of("gc.alloc.rate.norm", bytes)).getScore());
    assertEquals(1360.0, ReadmeTable.allocation(Map.of("·gc.alloc.rate.norm", bytes)).getScore());
    assertNull(ReadmeTable.allocation(Map.of("gc.count", bytes)));
  }
}
