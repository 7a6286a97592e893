package dev.servicelevel.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own whose default locale is German (surefire execution
 * {@code german-default-locale}), before anything else there asked Jollyday for a name: the
 * names must still be English, though Jollyday ships German texts.
 */
class GermanDefaultLocaleTest {

  @Test
  void namesAreEnglishWhateverTheDefaultLocale() {
    // Skipped in any other JVM; its own execution sets the property.
    assumeTrue("german-default-locale".equals(System.getProperty("servicelevel.testJvm")));
    assertEquals(Locale.GERMANY, Locale.getDefault(), "this test needs its own JVM");
    assertEquals(
        OfficialLists2026Test.BAVARIA,
        OfficialLists2026Test.shown(CountryHolidays.of("DE", "BY").rules(2026, 2026)));
    assertEquals("Bavaria", CountryHolidays.of("DE").subdivisionsBelow().get("by"));
  }
}
