package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void step_isSilentDuringTheQuietPeriodThenShowsEachStep() {
    AtomicLong clock = new AtomicLong();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get, Duration.ofSeconds(2));
    p.step("Reading the data");
    clock.set(Duration.ofMillis(1999).toNanos());
    p.step("Evaluating ecoshop-sla for 2025-Q4");
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    clock.set(Duration.ofSeconds(3).toNanos());
    p.step("Writing the report");
    p.done();
    assertEquals("[3 s] Writing the report ...\n[3 s] done\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void done_printsNothingForAQuickRun() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> 0L, Duration.ofSeconds(2));
    p.step("Reading the data");
    p.done();
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
  }
}
