package dev.servicelevel.benchmarks;

import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.json.DocumentFormat;
import dev.servicelevel.json.Documents;
import dev.servicelevel.json.Mappers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * Decoding the compliance workload's agreement (the EcoShop SLA's shape: two windows on a prime
 * calendar and its complement, availability, ticket-timer and measurement targets, credits) from
 * its YAML and JSON document, warm: text in memory, parsed, checked and built into an
 * {@code Agreement} with its calendars. The target is at most 1 ms. {@code parseYamlOnly}
 * and {@code parseJsonOnly} parse the same texts into trees only: YAML costs more than JSON in
 * the parser (snakeyaml-engine), not in the decoding, which is the same for both.
 *
 * <p>Scores are microseconds per document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dslf4j.internal.verbosity=ERROR")
public class AgreementDocumentBenchmark {

  private String yaml;
  private String json;

  /** Writes the documents and checks that they read back equal. */
  @Setup
  public void setUp() {
    yaml = AgreementDocuments.toYaml(ComplianceWorkload.SLA);
    json = AgreementDocuments.toJson(ComplianceWorkload.SLA);
    if (!decodeYaml().agreements().containsValue(ComplianceWorkload.SLA)
        || !decodeJson().agreements().containsValue(ComplianceWorkload.SLA)) {
      throw new IllegalStateException("The documents do not read back as the agreement");
    }
  }

  /**
   * Decodes the YAML document.
   *
   * @return the documents read
   */
  @Benchmark
  public Documents decodeYaml() {
    return AgreementDocuments.read(yaml, DocumentFormat.YAML, "sla.yaml");
  }

  /**
   * Decodes the JSON document.
   *
   * @return the documents read
   */
  @Benchmark
  public Documents decodeJson() {
    return AgreementDocuments.read(json, DocumentFormat.JSON, "sla.json");
  }

  /**
   * Only parses the YAML document into a tree (snakeyaml-engine through Jackson, with the safe
   * reader's checks), so that {@code decodeYaml} minus this is the decoding into the model.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode parseYamlOnly() {
    return Mappers.readTree(yaml, DocumentFormat.YAML, "sla.yaml");
  }

  /**
   * Only parses the JSON document into a tree, as {@link #parseYamlOnly()}.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode parseJsonOnly() {
    return Mappers.readTree(json, DocumentFormat.JSON, "sla.json");
  }
}
