package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpDeskScreenTest {

  static final String TICKETS = String.join("\n",
      "ticket,at,event,priority,status,team,summary",
      "T-1,2025-11-28T19:50:00+01:00,created,P1,open,,Customers cannot pay",
      "T-2,2025-11-28T18:00:00+01:00,created,P2,open,,Invoice PDF empty",
      "T-2,2025-11-28T18:10:00+01:00,agent-reply,,waiting-on-customer,,",
      "T-3,2025-11-28T17:00:00+01:00,created,P1,open,,Search is down",
      "T-3,2025-11-28T17:05:00+01:00,agent-reply,,,,",
      "T-4,2025-11-28T09:00:00+01:00,created,P2,open,,Already done",
      "T-4,2025-11-28T09:30:00+01:00,agent-reply,,,,",
      "T-4,2025-11-28T10:00:00+01:00,resolved,,resolved,,",
      "T-5,2025-11-28T12:00:00+01:00,created,P3,open,,Typo",
      "T-6,2025-11-28T21:00:00+01:00,created,P1,open,,Not yet created at 20:15",
      "");

  static List<String> screen(String at) throws IOException {
    List<TicketHistory> tickets = TicketCsv.read("tickets.csv", new StringReader(TICKETS));
    return new HelpDeskScreen(EcoShopAgreements.bundled().sla())
        .render(tickets, OffsetDateTime.parse(at).toInstant(), EcoShopAgreements.BERLIN, 10);
  }

  @Test
  void render_listsOpenTicketsBreachedFirstThenByDeadline() throws IOException {
    List<String> lines = screen("2025-11-28T21:30+01:00");
    assertEquals("T-1    P1  Customers cannot pay         BREACHED 1 h 10 min ago      due Sat 09:50, 2 h 20 min left"
        + "  L2 Head of IT      Fri 21:50", lines.get(1));
    assertEquals("T-3    P1  Search is down               met after 5 min              BREACHED 30 min ago"
        + "             L2 Head of IT      -", lines.get(2));
    assertEquals("T-6    P1  Not yet created at 20:15     due 21:30, 0 min left        due Sat 11:00, 3 h 30 min left"
        + "  L1 Service manager Fri 21:30", lines.get(3));
    assertEquals("T-2    P2  Invoice PDF empty            met after 10 min             paused, 13 h 50 min left"
        + "        -                  -", lines.get(4));
    assertEquals("1 further open tickets (P3/P4) have no SLA timer goal.", lines.get(5));
    assertEquals(6, lines.size());
  }

  @Test
  void render_showsWarningsAndTheNextWakeUpBeforeTheDeadline() throws IOException {
    List<String> lines = screen("2025-11-28T20:15+01:00");
    assertEquals("T-1    P1  Customers cannot pay         due 20:20, 5 min left        due Sat 09:50, 3 h 35 min left"
        + "  warned             Fri 20:17", lines.get(1));
    assertEquals("T-3    P1  Search is down               met after 5 min              due 21:00, 45 min left"
        + "          L1 Service manager Fri 20:36", lines.get(2));
    assertEquals(5, lines.size());
  }

  @Test
  void render_countsTheResolveClockOnlyInPrimeTime() throws IOException {
    List<String> lines = screen("2025-11-28T19:55+01:00");
    assertEquals("T-1    P1  Customers cannot pay         due 20:20, 25 min left       due Sat 09:50, 3 h 55 min left"
        + "  -                  Fri 20:12", lines.get(1));
  }
}
