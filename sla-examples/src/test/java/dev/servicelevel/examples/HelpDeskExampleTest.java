package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HelpDeskExampleTest {

  static List<String> run(String now) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HelpDeskExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        LocalDateTime.parse(now).atZone(HelpDeskExample.BERLIN).toInstant());
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void screen_showsEachTicketsTimersAndOneWakeUp() {
    List<String> lines = run("2025-03-04T12:30");
    assertEquals("T-101  met after 12 min                       BREACHED 20 min ago                    -", lines.get(2));
    assertEquals("T-102  met after 35 min                       due Wed 10:40 (13.10 %)                Tue 21:10", lines.get(3));
    assertEquals("T-103  BREACHED 10 min ago                    due Tue 15:50 (16.67 %)                Tue 14:50", lines.get(4));
    assertEquals("T-104  met after 25 min                       paused, 13 h 35 min left               -", lines.get(5));
  }

  @Test
  void wakeUps_comeInTimeOrderAndShowTheChange() {
    List<String> lines = run("2025-03-04T12:30");
    assertEquals("  Tue 14:50  T-103: respond BREACHED 2 h 30 min ago; resolve due Tue 15:50 (75.00 %) warned", lines.get(8));
    assertEquals("  Tue 21:10  T-102: respond met after 35 min; resolve due Wed 10:40 (75.00 %) warned", lines.get(9));
  }

  @Test
  void histories_keepOneEventPerRowInOrder() {
    assertEquals(4, HelpDeskExample.histories(HelpDeskExample.AUDIT_LOG).size());
    assertEquals(3, HelpDeskExample.histories(HelpDeskExample.AUDIT_LOG).get("T-102").events().size());
  }
}
