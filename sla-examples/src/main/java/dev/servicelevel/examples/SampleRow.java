package dev.servicelevel.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a sample file, as read.
 *
 * @param target  the id of the measurement target the sample is for
 * @param at  when the sample was taken
 * @param value  the measured value, in the target's unit
 */
record SampleRow(String target, Instant at, BigDecimal value) {

  SampleRow {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(value, "value");
  }
}
