package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EcoShopExampleTest {

  @Test
  void print_listsMovingHolidaysPerYear() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EcoShopExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2026, 2026);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals(
        "2026:  Good Friday 2026-04-03  Easter Monday 2026-04-06  Ascension Day 2026-05-14"
            + "  Whit Monday 2026-05-25",
        lines[1]);
  }
}
