package dev.servicelevel.examples;

import dev.servicelevel.calendar.HolidayRule;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's main example. For now it prints the moving holidays that EcoShop's service
 * calendar will use; it grows into the EcoShop quarter report as the evaluators land.
 */
public final class EcoShopExample {

  private EcoShopExample() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args  ignored for now
   */
  public static void main(String[] args) {
    print(System.out, 2025, 2027);
  }

  static void print(PrintStream out, int fromYear, int toYear) {
    List<HolidayRule> rules =
        List.of(
            HolidayRule.easter(-2).named("Good Friday"),
            HolidayRule.easter(1).named("Easter Monday"),
            HolidayRule.easter(39).named("Ascension Day"),
            HolidayRule.easter(50).named("Whit Monday"));
    out.println("EcoShop service calendar: moving holidays (Europe/Berlin)");
    for (int year = fromYear; year <= toYear; year++) {
      StringBuilder line = new StringBuilder(String.valueOf(year)).append(':');
      for (HolidayRule rule : rules) {
        LocalDate date = rule.naturalDate(year).orElseThrow();
        line.append("  ").append(rule.name()).append(' ').append(date);
      }
      out.println(line);
    }
  }
}
