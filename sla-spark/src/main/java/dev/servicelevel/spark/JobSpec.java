package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.json.AgreementDocuments;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every task of a job needs, as plain data: the agreements as their sla-json documents
 * (the model is not {@link Serializable}; each executor JVM decodes a document once), the
 * periods, the evaluation options and the input columns. Partial results travel as frames: the
 * period's index (or {@link #REJECTIONS}) followed by the accumulator state or the rejected rows.
 */
final class JobSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The frame index of rejected rows. */
  static final int REJECTIONS = -1;

  /** The agreements each executor JVM has decoded, by document text. */
  private static final Map<String, Agreement> DECODED = new ConcurrentHashMap<>();

  /** Supplies the documents by agreement id (a broadcast variable in a Spark job). */
  interface Documents extends Supplier<Map<String, String>>, Serializable {}

  private final Documents documents;
  private final String[] specAgreement;
  private final long[] specDate;
  private final long[] specAsOfSeconds;
  private final int[] specAsOfNanos;
  private final int worst;
  private final int page;
  private final int unevaluable;
  final Columns.Tickets tickets;
  final Columns.Outages outages;
  final Columns.Samples samples;

  private transient Map<String, int[]> specsByAgreement;

  JobSpec(
      Documents documents,
      List<PeriodSpec> periods,
      EvaluationOptions options,
      Columns.Tickets tickets,
      Columns.Outages outages,
      Columns.Samples samples) {
    this.documents = documents;
    int n = periods.size();
    specAgreement = new String[n];
    specDate = new long[n];
    specAsOfSeconds = new long[n];
    specAsOfNanos = new int[n];
    for (int i = 0; i < n; i++) {
      PeriodSpec p = periods.get(i);
      specAgreement[i] = p.agreementId();
      specDate[i] = p.date().toEpochDay();
      specAsOfSeconds[i] = p.asOf().getEpochSecond();
      specAsOfNanos[i] = p.asOf().getNano();
    }
    worst = options.worstRecords();
    page = options.explanationPage();
    unevaluable = options.unevaluableRecords();
    this.tickets = tickets;
    this.outages = outages;
    this.samples = samples;
  }

  /** Decodes an agreement's document, once per JVM and document. */
  static Agreement decode(String id, String document) {
    return DECODED.computeIfAbsent(
        document,
        d ->
            AgreementDocuments.read(d)
                .agreement(id)
                .orElseThrow(
                    () -> new IllegalStateException("Document does not define agreement " + id)));
  }

  /** The agreement of an id, or null if the job evaluates none of that id. */
  Agreement agreement(String id) {
    String document = documents.get().get(id);
    return document == null ? null : decode(id, document);
  }

  int periods() {
    return specAgreement.length;
  }

  String agreementId(int spec) {
    return specAgreement[spec];
  }

  /** The indices of the periods of an agreement. */
  int[] specsOf(String agreementId) {
    if (specsByAgreement == null) {
      Map<String, List<Integer>> lists = new HashMap<>();
      for (int i = 0; i < specAgreement.length; i++) {
        lists.computeIfAbsent(specAgreement[i], k -> new ArrayList<>()).add(i);
      }
      Map<String, int[]> map = new HashMap<>();
      lists.forEach((k, v) -> map.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      specsByAgreement = map;
    }
    return specsByAgreement.getOrDefault(agreementId, new int[0]);
  }

  EvaluationOptions options() {
    return EvaluationOptions.builder()
        .worstRecords(worst)
        .explanationPage(page)
        .unevaluableRecords(unevaluable)
        .build();
  }

  int rejectionLimit() {
    return unevaluable;
  }

  LocalDate date(int spec) {
    return LocalDate.ofEpochDay(specDate[spec]);
  }

  Instant asOf(int spec) {
    return Instant.ofEpochSecond(specAsOfSeconds[spec], specAsOfNanos[spec]);
  }

  PeriodAccumulator newAccumulator(int spec, Agreement agreement, EvaluationOptions options) {
    return PeriodAccumulator.of(agreement, date(spec), asOf(spec), options);
  }

  PeriodAccumulator restore(int spec, Agreement agreement, EvaluationOptions options, byte[] s) {
    return StateCodec.restore(agreement, date(spec), asOf(spec), options, s);
  }

  /** A frame: the index, then the payload. */
  static byte[] frame(int index, byte[] payload) {
    return ByteBuffer.allocate(Integer.BYTES + payload.length)
        .putInt(index)
        .put(payload)
        .array();
  }

  static int index(byte[] frame) {
    return ByteBuffer.wrap(frame).getInt();
  }

  static byte[] payload(byte[] frame) {
    byte[] p = new byte[frame.length - Integer.BYTES];
    System.arraycopy(frame, Integer.BYTES, p, 0, p.length);
    return p;
  }
}
