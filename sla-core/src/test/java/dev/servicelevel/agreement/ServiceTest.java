package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTest {

  @Test
  void of_weightOneNothingListed() {
    Service s = Service.of("shop", "Online shop");
    assertEquals("shop", s.id());
    assertEquals("Online shop", s.name());
    assertEquals(dec("1"), s.weight());
    assertEquals(List.of(), s.included());
    assertEquals(List.of(), s.excluded());
  }

  @Test
  void builder_includedExcludedAndWeight() {
    Service s =
        Service.builder()
            .id("shop")
            .name("Online shop")
            .addIncluded("storefront", "checkout")
            .addExcluded("payment gateway")
            .weight(dec("3"))
            .build();
    assertEquals(List.of("storefront", "checkout"), s.included());
    assertEquals(List.of("payment gateway"), s.excluded());
    assertEquals(dec("3"), s.weight());
  }

  @Test
  void builder_rejectsBrokenRules() {
    assertRejected(
        "Service id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'web shop'",
        () -> Service.of("web shop", "Shop"));
    assertRejected("Service name must not be blank: ''", () -> Service.of("shop", ""));
    assertRejected(
        "Included item must not be blank: ' '",
        () -> Service.builder().id("s").name("S").addIncluded(" ").build());
    assertRejected(
        "Excluded item must not be blank: ''",
        () -> Service.builder().id("s").name("S").addExcluded("").build());
    assertRejected(
        "An item cannot be both included and excluded: s / checkout",
        () ->
            Service.builder()
                .id("s")
                .name("S")
                .addIncluded("checkout")
                .addExcluded("checkout")
                .build());
    assertRejected(
        "Service weight must be positive: 0",
        () -> Service.builder().id("s").name("S").weight(dec("0")).build());
  }

  @Test
  void equality() {
    assertValueEquality(
        Service.of("a", "A"),
        Service.builder().id("a").name("A").weight(dec("1")).build(),
        Service.builder().id("a").name("A").weight(dec("2")).build());
  }
}
