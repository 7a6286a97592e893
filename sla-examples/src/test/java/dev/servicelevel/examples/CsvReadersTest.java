package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReadersTest {

  private static final Set<String> SERVICES = Set.of("shop", "report");

  static List<OutageRow> outages(String text) throws IOException {
    return OutageCsv.read("outages.csv", new StringReader(text), SERVICES);
  }

  static List<TicketHistory> tickets(String text) throws IOException {
    return TicketCsv.read("tickets.csv", new StringReader(text));
  }

  static List<SampleRow> samples(String text) throws IOException {
    return SampleCsv.read("samples.csv", new StringReader(text), Set.of("latency"));
  }

  // ---- outages ----------------------------------------------------------------------------

  @Test
  void outages_readEveryColumnWithDefaults() throws IOException {
    List<OutageRow> rows = outages("id,service,start,end,cause,announced_at,impact\n"
        + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n"
        + "\n"
        + "CHG-2,shop,2025-10-12T02:00+02:00,2025-10-12T04:00+02:00,Planned_Maintenance,2025-10-06T08:00:00Z,0.5\n");
    assertEquals(2, rows.size());
    assertEquals(new OutageRow("INC-1", "shop", Instant.parse("2025-10-07T08:12:00Z"),
        Instant.parse("2025-10-07T08:26:00Z"), Optional.empty(), Optional.empty(), BigDecimal.ONE, 2), rows.get(0));
    assertEquals(Optional.of(OutageCause.PLANNED_MAINTENANCE), rows.get(1).cause());
    assertEquals(Optional.of(Instant.parse("2025-10-06T08:00:00Z")), rows.get(1).announcedAt());
    assertEquals(new BigDecimal("0.5"), rows.get(1).impact());
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void outages_acceptColumnsInAnyOrderAndWithoutOptionalOnes() throws IOException {
    List<OutageRow> rows = outages("end,start,service,id\n"
        + "2025-10-07T10:26:00+02:00,2025-10-07T10:12:00+02:00,shop,\"INC-1, the big one\"\n");
    assertEquals("INC-1, the big one", rows.get(0).id());
    assertEquals(Optional.empty(), rows.get(0).cause());
  }

  static Stream<Arguments> badOutageFiles() {
    String header = "id,service,start,end,cause,announced_at,impact\n";
    return Stream.of(
        Arguments.of("", "outages.csv: is empty; the first line must name the columns id,service,start,end"),
        Arguments.of("id,service,start\n",
            "outages.csv line 1: the header lacks the column 'end'; required columns are id, service, start, end"),
        Arguments.of("id,service,start,end,anounced_at\n",
            "outages.csv line 1, column 5 (anounced_at): unknown column 'anounced_at'; the columns are id, service,"
                + " start, end, announced_at, cause, impact"),
        Arguments.of("id,service,start,end,id\n", "outages.csv line 1, column 5 (id): the column is named twice"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00\n",
            "outages.csv line 2: has 3 cells but the header has 7 columns"),
        Arguments.of(header + "INC-1,shop,2025-10-07 10:12,2025-10-07T10:26:00+02:00,,,\n",
            "outages.csv line 2, column 3 (start): '2025-10-07 10:12' is not a date-time with offset such as"
                + " 2025-10-01T08:15:00+02:00 or 2025-10-01T06:15:00Z"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00,,,\n",
            "outages.csv line 2, column 4 (end): '2025-10-07T10:26:00' is not a date-time with offset such as"
                + " 2025-10-01T08:15:00+02:00 or 2025-10-01T06:15:00Z"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:12:00+02:00,,,\n",
            "outages.csv line 2, column 4 (end): the outage must end after it starts (2025-10-07T08:12:00Z)"),
        Arguments.of(header + ",shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
            "outages.csv line 2, column 1 (id): the cell is empty but id is required"),
        Arguments.of(header + "INC-1,shoop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
            "outages.csv line 2, column 2 (service): unknown service 'shoop'; the agreements cover report, shop"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,sabotage,,\n",
            "outages.csv line 2, column 5 (cause): unknown cause 'sabotage'; leave it empty for an unplanned outage or"
                + " use one of planned-maintenance, customer-caused, force-majeure, third-party"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,2025-10-01T10:00:00Z,\n",
            "outages.csv line 2, column 6 (announced_at): only planned maintenance is announced, but the cause is"
                + " empty (unplanned)"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,1.5\n",
            "outages.csv line 2, column 7 (impact): impact 1.5 is not more than 0 and at most 1"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,half\n",
            "outages.csv line 2, column 7 (impact): 'half' is not a decimal number such as 212 or 0.5"),
        Arguments.of(header + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n"
            + "INC-1,shop,2025-10-08T10:12:00+02:00,2025-10-08T10:26:00+02:00,,,\n",
            "outages.csv line 3, column 1 (id): outage id 'INC-1' is used on line 2 already"),
        Arguments.of(header + "\"INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
            "outages.csv line 2, column 1: a quoted cell is not closed (starts at character 1)"),
        Arguments.of(header + "\"INC\"-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,,,\n",
            "outages.csv line 2, column 1: text after the closing quote of a quoted cell"));
  }

  @ParameterizedTest
  @MethodSource("badOutageFiles")
  void outages_badFileNamesFileLineAndColumn(String text, String message) {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> outages(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void exception_exposesItsLocation() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> outages(
        "id,service,start,end\nINC-1,shop,2025-10-07T10:12:00+02:00,yesterday\n"));
    assertEquals("outages.csv", e.file());
    assertEquals(2, e.line());
    assertEquals(4, e.column());
    assertEquals(Optional.of("end"), e.columnName());
  }

  // ---- FastCSV underneath: the rules it does not enforce by itself ---------------------------

  @Test
  void records_areCheckedAgainstTheHeaderNotTheFirstRecord() {
    // FastCSV compares field counts with the first record; the header decides here.
    String header = "id,service,start,end\n";
    CsvFormatException fewer = assertThrows(CsvFormatException.class, () -> outages(header
        + "INC-1,shop,2025-10-07T10:12:00+02:00\n"
        + "INC-2,shop,2025-10-07T10:12:00+02:00\n"));
    assertEquals("outages.csv line 2: has 3 cells but the header has 4 columns",
        fewer.getMessage());
    CsvFormatException more = assertThrows(CsvFormatException.class, () -> outages(header
        + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00\n"
        + "INC-2,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00,x\n"));
    assertEquals("outages.csv line 3: has 5 cells but the header has 4 columns", more.getMessage());
  }

  @Test
  void quotedCell_mustCloseOnItsLine() {
    // RFC 4180 (and FastCSV) allow a line break inside quotes; these files do not.
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> outages(
        "id,service,start,end\nINC-1,\"shop\n\","
            + "2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00\n"));
    assertEquals("outages.csv line 2, column 2: a quoted cell is not closed"
        + " (starts at character 7)", e.getMessage());
  }

  @Test
  void lineNumbers_countCrLfCrAndBlankLinesAndSkipAByteOrderMark() throws IOException {
    List<OutageRow> rows = outages("\uFEFFid,service,start,end\r\n"
        + "   \r\n"
        + "INC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00\r"
        + "\r\n"
        + "\"INC-\"\"2\",\"shop\",2025-10-08T10:12:00+02:00,2025-10-08T10:26:00+02:00\n");
    assertEquals(List.of(3, 5), rows.stream().map(OutageRow::line).toList());
    assertEquals("INC-\"2", rows.get(1).id());
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> outages(
        "id,service,start,end\r\n\r\nINC-1,shop,2025-10-07T10:12:00+02:00,never\r\n"));
    assertEquals(3, e.line());
    assertEquals(4, e.column());
  }

  @Test
  void line_ofExactlyTheLimitIsRead_oneMoreIsNot() throws IOException {
    String head = "target,at,value\nlatency,2025-10-01T08:00:00+02:00,";
    String value = "1" + "0".repeat(CsvTable.MAX_LINE_CHARACTERS - 34 - 1);
    String line = "latency,2025-10-01T08:00:00+02:00," + value;
    assertEquals(CsvTable.MAX_LINE_CHARACTERS, line.length());
    // Too many digits for Limits, but read whole and rejected by the decimal check.
    CsvFormatException big = assertThrows(CsvFormatException.class,
        () -> samples(head + value + "\n"));
    assertEquals(2, big.line());
    assertEquals(3, big.column());
    CsvFormatException longer = assertThrows(CsvFormatException.class,
        () -> samples(head + value + "0\n"));
    assertEquals("samples.csv line 2: the line is longer than 100000 characters",
        longer.getMessage());
  }

  @Test
  void records_streamInFileOrder_soAnEarlierBadCellIsReportedBeforeALaterBadLine() {
    // The file is read record by record, not whole: the first problem in file order is named.
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> samples(
        "target,at,value\nlatency,2025-10-01T08:00:00+02:00,fast\n" + "latency,\"\n".repeat(2)));
    assertEquals("samples.csv line 2, column 3 (value): 'fast' is not a decimal number such as 212"
        + " or 0.5", e.getMessage());
  }

  // ---- tickets ----------------------------------------------------------------------------

  @Test
  void tickets_groupRowsByTicketAndTurnExtraColumnsIntoFields() throws IOException {
    List<TicketHistory> histories = tickets("ticket,at,event,priority,status,team\n"
        + "T-1,2025-10-01T10:00:00+02:00,created,P1,open,\n"
        + "T-2,2025-10-01T10:05:00+02:00,created,P3,open,\n"
        + "T-1,2025-10-01T10:10:00+02:00,assigned,,,dev\n");
    assertEquals(List.of("T-1", "T-2"), histories.stream().map(TicketHistory::ticketId).toList());
    assertEquals(Map.of("priority", "P1", "status", "open"), histories.get(0).events().get(0).fields());
    assertEquals(Map.of("team", "dev"), histories.get(0).events().get(1).fields());
    assertEquals(Optional.of("assigned"), histories.get(0).events().get(1).type());
  }

  static Stream<Arguments> badTicketFiles() {
    String header = "ticket,at,event,priority,status\n";
    return Stream.of(
        Arguments.of("ticket,at,event,status\n",
            "tickets.csv line 1: the header lacks the column 'priority'; required columns are ticket, at, event,"
                + " priority, status"),
        Arguments.of(header + "T-1,2025-10-01T10:00:00+02:00,,P1,open\n",
            "tickets.csv line 2, column 3 (event): the cell is empty but event is required"),
        Arguments.of(header + "T-1,2025-10-01T10:00:00+02:00,created,P1,open\n"
            + "T-2,2025-10-01T09:00:00+02:00,created,P1,open\n"
            + "T-1,2025-10-01T09:59:00+02:00,agent-reply,,\n",
            "tickets.csv line 4, column 2 (at): ticket T-1's event is earlier than its event on line 2"
                + " (2025-10-01T08:00:00Z); a ticket's rows must be in time order"));
  }

  @ParameterizedTest
  @MethodSource("badTicketFiles")
  void tickets_badFileNamesFileLineAndColumn(String text, String message) {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> tickets(text));
    assertEquals(message, e.getMessage());
  }

  // ---- samples ----------------------------------------------------------------------------

  @Test
  void samples_readTargetInstantAndValue() throws IOException {
    assertEquals(List.of(new SampleRow("latency", Instant.parse("2025-10-01T06:00:00Z"), new BigDecimal("212.5"))),
        samples("target,at,value\nlatency,2025-10-01T08:00:00+02:00,212.5\n"));
  }

  static Stream<Arguments> badSampleFiles() {
    return Stream.of(
        Arguments.of("target,at,value\nlatncy,2025-10-01T08:00:00+02:00,212\n",
            "samples.csv line 2, column 1 (target): unknown measurement target 'latncy'; the agreements measure latency"),
        Arguments.of("target,at,value\nlatency,2025-10-01T08:00:00+02:00,\n",
            "samples.csv line 2, column 3 (value): the cell is empty but value is required"),
        Arguments.of("target,at,value\nlatency,2025-10-01T08:00:00+02:00,212ms\n",
            "samples.csv line 2, column 3 (value): '212ms' is not a decimal number such as 212 or 0.5"),
        Arguments.of("target,at,value,unit\n",
            "samples.csv line 1, column 4 (unit): unknown column 'unit'; the columns are target, at, value"));
  }

  @ParameterizedTest
  @MethodSource("badSampleFiles")
  void samples_badFileNamesFileLineAndColumn(String text, String message) {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> samples(text));
    assertEquals(message, e.getMessage());
  }
}
