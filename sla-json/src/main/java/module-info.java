/**
 * Agreements, calendars, observations, results and accumulator state of servicelevel as JSON
 * and YAML documents, with a JSON Schema.
 */
module dev.servicelevel.json {
  requires transitive dev.servicelevel.core;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.dataformat.yaml;
  requires com.networknt.schema;

  exports dev.servicelevel.json;
}
