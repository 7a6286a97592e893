package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the example's CSV readers (outages, tickets, samples) on fuzzed bytes, read as the
 * example reads a file (issue 18, item 2). Plain test runs replay the inputs in
 * {@code CsvReaderFuzzTestInputs/read}; {@code JAZZER_FUZZ=1} searches for new ones.
 *
 * <p>Laws: a file is either read, every row carrying its line (from 2, ascending), or rejected
 * with a {@link CsvFormatException} that names the file and, when the problem is in a line, the
 * line; nothing else escapes.
 */
class CsvReaderFuzzTest {

  private static final String[] HEADERS = {
    "id,service,start,end,cause,announced_at,impact\n",
    "ticket,at,event,priority,status\n",
    "target,at,value\n",
  };
  private static final String[] FILES = {"outages.csv", "tickets.csv", "samples.csv"};

  @FuzzTest(maxDuration = "10m")
  // Printable ASCII only: libFuzzer's dictionary format takes no line breaks (with them,
  // Jazzer exits with code 1 before fuzzing).
  @DictionaryEntries({
    ",", "\"", "\"\"", "2025-10-07T10:12:00+02:00", "2025-10-07T08:12:00Z", "+14:00", "shop",
    "report", "latency", "created", "P1", "Planned_Maintenance", "0.5", "1E+9"
  })
  void read(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 2);
    byte[] header = data.consumeBoolean()
        ? HEADERS[kind].getBytes(StandardCharsets.UTF_8) : new byte[0];
    byte[] body = data.consumeRemainingAsBytes();
    byte[] file = new byte[header.length + body.length];
    System.arraycopy(header, 0, file, 0, header.length);
    System.arraycopy(body, 0, file, header.length, body.length);
    String name = FILES[kind];
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(file),
        StandardCharsets.UTF_8)) {
      List<Integer> lines;
      switch (kind) {
        case 0:
          lines = OutageCsv.read(name, in, Set.of("shop", "report")).stream()
              .map(OutageRow::line).toList();
          break;
        case 1:
          List<TicketHistory> tickets = TicketCsv.read(name, in);
          for (TicketHistory t : tickets) {
            assertFalse(t.events().isEmpty());
          }
          lines = List.of();
          break;
        default:
          for (SampleRow row : SampleCsv.read(name, in, Set.of("latency"))) {
            assertEquals("latency", row.target());
          }
          lines = List.of();
          break;
      }
      int previous = 1;
      for (int line : lines) {
        assertTrue(line > previous, () -> "lines out of order: " + lines);
        previous = line;
      }
    } catch (CsvFormatException e) {
      assertEquals(name, e.file());
      assertTrue(e.getMessage().startsWith(name), e.getMessage());
      assertTrue(e.line() >= 0 && e.column() >= 0, e::getMessage);
      if (e.line() > 0) {
        assertTrue(e.getMessage().startsWith(name + " line " + e.line()), e.getMessage());
      }
      if (e.column() > 0) {
        assertTrue(e.getMessage().contains(", column " + e.column()), e.getMessage());
      }
    } catch (IOException e) {
      throw new AssertionError("an IOException other than CsvFormatException", e);
    }
  }
}
