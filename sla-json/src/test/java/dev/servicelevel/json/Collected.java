package dev.servicelevel.json;

import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps every record, for tests. */
final class Collected implements ObservationSink {
  final List<Outage> outages = new ArrayList<>();
  final List<TicketHistory> tickets = new ArrayList<>();
  final Map<String, List<Sample>> samples = new LinkedHashMap<>();
  final Map<String, List<EventCount>> counts = new LinkedHashMap<>();

  @Override
  public void outage(Outage outage) {
    outages.add(outage);
  }

  @Override
  public void ticket(TicketHistory history) {
    tickets.add(history);
  }

  @Override
  public void sample(String targetId, Instant at, BigDecimal value) {
    samples.computeIfAbsent(targetId, k -> new ArrayList<>()).add(Sample.of(at, value));
  }

  @Override
  public void count(String targetId, EventCount count) {
    counts.computeIfAbsent(targetId, k -> new ArrayList<>()).add(count);
  }
}
