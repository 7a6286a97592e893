package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers of the accumulators' state export and restore: records to and from the parts of an
 * {@link AccumulatorState}'s tree, whose types {@link StateSchema} has checked.
 */
final class StateParts {

  private StateParts() {}

  static AccumulatorStateException fail(String path, String rule, Object value) {
    return new AccumulatorStateException(
        path, "Accumulator state part " + path + " " + rule + ": " + Limits.shown(value));
  }

  static long count(Map<String, Object> part, String key) {
    return (Long) part.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> part, String key) {
    return (List<Map<String, Object>>) part.get(key);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> part, String key) {
    return (Map<String, Object>) part.get(key);
  }

  static List<Object> records(List<ExplainedRecord> records) {
    List<Object> list = new ArrayList<>(records.size());
    for (ExplainedRecord r : records) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("counted", r.counted());
      m.put("code", r.code().name());
      m.put("reason", r.reason());
      m.put("amount", r.amount());
      m.put("figures", new LinkedHashMap<String, Object>(r.figures()));
      list.add(m);
    }
    return list;
  }

  static ExplainedRecord record(Map<String, Object> m) {
    ImmutableExplainedRecord.Builder b =
        ImmutableExplainedRecord.builder()
            .id((String) m.get("id"))
            .counted((Boolean) m.get("counted"))
            .code(ReasonCode.valueOf((String) m.get("code")))
            .reason((String) m.get("reason"))
            .amount((BigDecimal) m.get("amount"));
    map(m, "figures").forEach((k, v) -> b.putFigures(k, (BigDecimal) v));
    return b.build();
  }

  static List<Object> unevaluable(List<UnevaluableRecord> records) {
    List<Object> list = new ArrayList<>(records.size());
    for (UnevaluableRecord r : records) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", r.kind().name());
      m.put("id", r.id());
      m.put("target", r.targetId());
      m.put("reason", r.reason().name());
      m.put("text", r.text());
      list.add(m);
    }
    return list;
  }

  static UnevaluableRecord unevaluable(Map<String, Object> m) {
    // the texts were cut and escaped when the record was made: kept as they are
    return ImmutableUnevaluableRecord.of(
        UnevaluableRecord.Kind.valueOf((String) m.get("kind")),
        (String) m.get("id"),
        (String) m.get("target"),
        UnevaluableRecord.Reason.valueOf((String) m.get("reason")),
        (String) m.get("text"));
  }
}
