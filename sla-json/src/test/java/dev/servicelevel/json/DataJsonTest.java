package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DataJsonTest {

  @Test
  void fastUtc_givesWhatInstantParseGives() {
    qt().withExamples(2000)
        .forAll(
            longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2400-01-01T00:00:00Z").getEpochSecond()),
            integers().between(0, 999_999_999),
            integers().between(0, 9))
        .checkAssert(
            (sec, nano, digits) -> {
              int n = digits == 0 ? 0 : nano - nano % (int) Math.pow(10, 9 - digits);
              Instant i = Instant.ofEpochSecond(sec, n);
              String text = i.toString();
              assertEquals(Instant.parse(text), DataJson.fastUtc(text), text);
            });
  }

  @Test
  void fastUtc_leavesEveryOtherFormToInstantParse() {
    for (String s :
        new String[] {
          "2025-03-04T10:00:00+01:00", "2025-02-29T10:00:00Z", "2025-03-04T24:00:00Z",
          "2025-03-04T10:00:60Z", "2025-03-04 10:00:00Z", "2025-03-04T10:00:00.Z",
          "2025-03-04T10:00:00.1234567890Z", "+2025-03-04T10:00:00Z", "2025-13-04T10:00:00Z",
          "2025-03-04T10:0a:00Z", "2025-03-04T10:00:00z"
        }) {
      assertNull(DataJson.fastUtc(s), s);
    }
    assertEquals(
        Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-04T10:00:00+01:00"));
    org.junit.jupiter.api.Assertions.assertThrows(
        DateTimeParseException.class, () -> Instant.parse("2025-02-29T10:00:00Z"));
  }
}
