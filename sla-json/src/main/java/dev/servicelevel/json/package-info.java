/**
 * Data forms of servicelevel's values: agreement documents in YAML and JSON, JSON Lines
 * observations, results and accumulator state.
 */
package dev.servicelevel.json;
