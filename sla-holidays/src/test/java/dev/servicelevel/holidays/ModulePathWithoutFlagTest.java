package dev.servicelevel.holidays;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own on the module path without Jollyday's flag (surefire execution
 * {@code module-path-without-flag}): the failure must name the flag that cures it.
 */
class ModulePathWithoutFlagTest {

  @Test
  void of_namesTheMissingFlag() {
    // Skipped in any other JVM; its own execution sets the property.
    assumeTrue("module-path-without-flag".equals(System.getProperty("servicelevel.testJvm")));
    assertTrue(CountryHolidays.class.getModule().isNamed(), "this test needs the module path");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CountryHolidays.of("DE").rules(2026, 2026));
    assertTrue(
        e.getMessage().startsWith(
            "Jollyday cannot read the holidays of DE (on the module path the JVM needs"
                + " --add-exports de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb"
                + "=de.focus_shift.jollyday.core): "),
        e.getMessage());
  }
}
