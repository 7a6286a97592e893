package dev.servicelevel.server;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bundled EcoShop documents as the tests' catalog, and in-process expectations. */
final class Fixtures {

  static final Catalog CATALOG = Catalog.of(AgreementStore.load(Optional.empty()));
  static final Agreement SLA = CATALOG.require("ecoshop-sla");
  static final Codec CODEC = new SlaJsonCodec();

  private Fixtures() {}

  /** Starts a server on the bundled documents with a clock and options, without a token. */
  static SlaServer start(Clock clock, String... args) {
    return SlaServer.start(ServerOptions.parse(args), CATALOG, CODEC, clock, Optional.empty());
  }

  static JsonNode tree(String json) {
    return Json.MAPPER.readTree(json);
  }

  /**
   * The answers the service owes for a ticket, evaluated in process: one per ticket-timer
   * target, or the target's error.
   */
  static List<JsonNode> timers(Agreement agreement, TicketHistory h, Instant asOf) {
    List<JsonNode> out = new ArrayList<>();
    for (MetricTarget t : agreement.targets()) {
      if (t instanceof TicketTimerTarget) {
        try {
          out.add(tree(CODEC.timerResult(TicketTimers.evaluate(h, agreement, t.id(), asOf))));
        } catch (DateTimeException e) {
          ObjectNode o = Json.NODES.objectNode();
          o.put("ticketId", h.ticketId());
          o.put("targetId", t.id());
          o.put("error", dev.servicelevel.agreement.Limits.shown(e.getMessage()));
          out.add(o);
        }
      }
    }
    return out;
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
