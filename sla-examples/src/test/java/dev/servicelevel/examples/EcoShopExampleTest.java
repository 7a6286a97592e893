package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.evaluation.ComplianceStatus;
import dev.servicelevel.evaluation.CreditResult;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.threeten.extra.YearQuarter;

/**
 * The EcoShop example on its bundled data, with figures worked out by hand from the outages in
 * {@link EcoShopDataGenerator#OUTAGES} and the P1 tickets in {@link EcoShopDataGenerator#P1_TICKETS}.
 *
 * <p>Prime time is Mon–Sat 08:00–22:00 Berlin time, 14 h a day. November 2025 starts on a
 * Saturday and has 5 Sundays, so 25 prime days = 350 h = 21,000 min; the 720 h of the month
 * leave 370 h of non-prime time. October and December have 27 prime days = 378 h (October has
 * 745 h because the clocks go back on the 26th, so 367 h of non-prime time).
 */
class EcoShopExampleTest {

  @TempDir
  static Path dir;

  static QuarterEvaluation q;
  static List<String> console;
  static String errors;
  static int status;
  static Path html;

  @BeforeAll
  static void runTheExample() {
    html = dir.resolve("report.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status = EcoShopExample.run(new String[] {"--html", html.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        () -> 0L);
    console = List.of(out.toString(StandardCharsets.UTF_8).split("\\R"));
    errors = err.toString(StandardCharsets.UTF_8);
    EcoShopData data = EcoShopData.load(EcoShopOptions.parse(), EcoShopAgreements.bundled().all());
    q = QuarterEvaluation.evaluate(EcoShopAgreements.bundled(), data, YearQuarter.of(2025, 4),
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), () -> 0L, Duration.ofSeconds(2)));
  }

  static PeriodReport sla(int month) {
    return q.months().get(month - 10).report("ecoshop-sla");
  }

  static TargetResult result(int month, String agreement, String target) {
    return q.months().get(month - 10).report(agreement).result(target).orElseThrow();
  }

  static BigDecimal four(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_UP);
  }

  @Test
  void run_succeedsQuietlyAndPrintsThePathOfTheHtmlReport() {
    assertEquals(0, status);
    assertEquals("", errors);
    assertEquals("HTML report: " + html.toAbsolutePath().normalize(), console.get(console.size() - 1));
  }

  /**
   * November, prime time: INC-2511-01 30 min (Wed 14:00-14:30), INC-2511-04 150 min (Black
   * Friday 19:30-22:00; its last hour is non-prime), INC-2511-05 40 min (Sat 08:00-08:40; the 20 min
   * before 08:00 are non-prime) = 220 min. CUS-2511-02 (customer-caused) and CHG-2511-03
   * (announced six days ahead) are excluded. (21,000 - 220) / 21,000 = 98.9524 %, in the tier
   * [95, 99): 15 % of 20,000 EUR = 3,000 EUR.
   */
  @Test
  void november_primeAvailabilityAndCreditAsWorkedByHand() {
    TargetResult prime = result(11, "ecoshop-sla", "shop-prime");
    assertEquals(Duration.ofHours(350), prime.availability().orElseThrow().agreedTime());
    assertEquals(Duration.ofMinutes(220), prime.availability().orElseThrow().downtime());
    assertEquals(new BigDecimal("98.9524"), four(prime.achieved().orElseThrow()));
    assertEquals(ComplianceStatus.BREACHED, prime.status());
    CreditResult credit = sla(11).credit().orElseThrow();
    assertEquals(0, new BigDecimal("15").compareTo(credit.cappedPercent()));
    assertEquals(0, new BigDecimal("3000").compareTo(credit.payable()));
    assertTrue(console.contains("  Credit: shop-prime 15 % (achieved 98.9524 %, tier [95, 99) -> 15 %)"
        + " = 15 % of the fee = 3,000.00 EUR"), String.join("\n", console));
  }

  /**
   * November, non-prime: 60 min of Black Friday after 22:00 and 20 min before 08:00 on Saturday =
   * 80 min of 370 h: 99.6396 %, met.
   */
  @Test
  void november_nonPrimeIsMet() {
    TargetResult nonPrime = result(11, "ecoshop-sla", "shop-non-prime");
    assertEquals(Duration.ofHours(370), nonPrime.availability().orElseThrow().agreedTime());
    assertEquals(Duration.ofMinutes(80), nonPrime.availability().orElseThrow().downtime());
    assertEquals(new BigDecimal("99.6396"), four(nonPrime.achieved().orElseThrow()));
    assertEquals(ComplianceStatus.MET, nonPrime.status());
  }

  /**
   * October: prime 14 min (INC-2510-01) + 6 min (INC-2510-03 until 22:00) = 20 min of 378 h:
   * 99.9118 %, met with 88 % of the 22 min 40.8 s budget used: met, budget low. Non-prime: 30 min
   * (INC-2510-03 after 22:00) + 45 min (CHG-2510-04, announced 12 h ahead instead of three days)
   * + 30 min (INC-2510-05, 02:40 summer time to 02:10 winter time) = 105 min of 367 h.
   */
  @Test
  void october_atRiskInBothWindowsWithTheClockChangeCounted() {
    TargetResult prime = result(10, "ecoshop-sla", "shop-prime");
    assertEquals(Duration.ofHours(378), prime.availability().orElseThrow().agreedTime());
    assertEquals(Duration.ofMinutes(20), prime.availability().orElseThrow().downtime());
    assertEquals(new BigDecimal("99.9118"), four(prime.achieved().orElseThrow()));
    assertEquals(ComplianceStatus.MET, prime.status());
    assertTrue(prime.isBudgetLow());
    TargetResult nonPrime = result(10, "ecoshop-sla", "shop-non-prime");
    assertEquals(Duration.ofHours(367), nonPrime.availability().orElseThrow().agreedTime());
    assertEquals(Duration.ofMinutes(105), nonPrime.availability().orElseThrow().downtime());
    assertEquals(ComplianceStatus.MET, nonPrime.status());
    assertTrue(nonPrime.isBudgetLow());
    assertTrue(sla(10).credit().orElseThrow().payable().signum() == 0);
  }

  /**
   * December: prime 25 min (INC-2512-01; INC-2512-02 lies inside it and counts once) + 30 min
   * (INC-2512-03, an hour at impact 0.5) = 55 min: 99.7575 %, 5 %. Non-prime 150 min
   * (INC-2512-04) of 366 h: 99.3169 %, 5 %. Together 10 % = 2,000 EUR.
   */
  @Test
  void december_overlapCountsOncePartialOutageHalfAndBothWindowsCredit() {
    assertEquals(Duration.ofMinutes(55), result(12, "ecoshop-sla", "shop-prime").availability().orElseThrow().downtime());
    assertEquals(new BigDecimal("99.7575"), four(result(12, "ecoshop-sla", "shop-prime").achieved().orElseThrow()));
    assertEquals(new BigDecimal("99.3169"), four(result(12, "ecoshop-sla", "shop-non-prime").achieved().orElseThrow()));
    assertEquals(0, new BigDecimal("2000").compareTo(sla(12).credit().orElseThrow().payable()));
  }

  @Test
  void quarter_creditsSumToFiveThousandEuros() {
    assertTrue(console.contains("  quarter                                                    5,000.00 EUR"),
        String.join("\n", console));
  }

  /**
   * November's P1 tickets (all scripted): answered after 8, 7, 11, 22, 41 and 20 minutes against
   * 30 (one late); resolved in 33 min, 37 min (paused 11:12-13:30 waiting on EcoShop), 1 h 30,
   * 2 h 24 and 2 h 10 (prime time ends at 22:00 on Black Friday), and 4 h 30 from Saturday 08:00
   * (late): 5 of 6 each.
   */
  @Test
  void november_p1TimersAsWorkedByHand() {
    for (String target : List.of("respond", "resolve")) {
      TargetResult r = q.byPriority().stream()
          .filter(p -> p.month().equals(YearMonth.of(2025, 11)) && p.priority().equals("P1") && p.targetId().equals(target))
          .findFirst().orElseThrow().result();
      assertEquals(5, r.tickets().orElseThrow().met(), target);
      assertEquals(1, r.tickets().orElseThrow().breached(), target);
      assertEquals(new BigDecimal("83.3333"), four(r.achieved().orElseThrow()), target);
    }
  }

  @Test
  void termination_notFiredAfterTwoConsecutiveBreaches() {
    assertTrue(q.termination().isEmpty());
    assertTrue(console.contains("  Not fired: shop-prime breached in Nov 2025, Dec 2025; 2 consecutive at the"
        + " quarter's end, 1 more breached month(s) in a row give the right"), String.join("\n", console));
  }

  @Test
  void chain_showsTheHostingContractBreachedUnderThePrimeTarget() {
    assertTrue(console.contains("  Nov 2025: ecoshop-sla/shop-prime breached; supporters breached too:"
        + " hosting-uc/hosting"), String.join("\n", console));
    assertTrue(q.weakLinks().isEmpty());
  }

  @Test
  void html_isWellFormedXhtmlWithEveryChart() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(html.toFile());
    assertEquals("html", doc.getDocumentElement().getLocalName());
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < svgs.getLength(); i++) {
      labels.add(((Element) svgs.item(i)).getAttribute("aria-label"));
    }
    assertEquals(List.of(
        "Error budget burn-down: ecoshop-sla/shop-prime  >= 99.9 % of prime time",
        "Error budget burn-down: ecoshop-sla/shop-non-prime  >= 99.5 % of non-prime time",
        "Error budget burn-down: ecoshop-sla/report  >= 99.5 % of prime time",
        "Error budget burn-down: hosting-uc/hosting  >= 99.95 % of prime time",
        "Ticket timer compliance by priority per month",
        "Outage timeline with prime time shaded"), labels);
    String text = Files.readString(html);
    assertFalse(text.contains("<script"));
    assertFalse(text.contains("http://") && text.replace("http://www.w3.org/", "").contains("http://"));
    assertTrue(text.contains("INC-2511-04"));
  }

  @Test
  void run_withABadFileEvaluatesTheRestAndNamesFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad-outages.csv");
    Files.writeString(bad, "id,service,start,end\nINC-1,shop,2025-10-07T10:12:00+02:00,2025-10-07T10:26:00+02:00\n"
        + "INC-2,shop,2025-10-08T10:12:00+02:00,soon\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EcoShopExample.run(new String[] {"--outages", bad.toString(), "--html", dir.resolve("bad.html").toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    assertEquals(2, code);
    List<String> errLines = List.of(err.toString(StandardCharsets.UTF_8).split("\\R"));
    assertEquals(List.of("Error: " + bad + " line 3, column 4 (end): 'soon' is not a date-time with offset such as"
        + " 2025-10-01T08:15:00+02:00 or 2025-10-01T06:15:00Z"), errLines);
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains(bad + " NOT EVALUATED"), report);
    // INC-1 is on a good line but comes from the bad file: no outage counts, so no downtime at all.
    assertTrue(report.contains("  shop-prime      prime      >= 99.9 %      100.0000 %  met"), report);
    assertTrue(report.contains("  respond         prime      >= 95 %        100.00 %    met"), report);
  }

  @Test
  void run_rejectsABadCommandLineWithTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EcoShopExample.run(new String[] {"--tickets"}, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    assertEquals(2, code);
    assertEquals("Error: Option --tickets needs a value (run with --help for the options)\n",
        err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  // ---- --agreements --------------------------------------------------------------------------

  /** The bundled documents copied to a directory, the way a user gives their own. */
  static Path copyOfTheBundledDocuments(String name) throws IOException {
    Path docs = Files.createDirectories(dir.resolve(name));
    for (String file : EcoShopAgreements.BUNDLED_FILES) {
      try (var in = EcoShopAgreements.class.getResourceAsStream(EcoShopAgreements.RESOURCES + file)) {
        Files.copy(in, docs.resolve(file));
      }
    }
    return docs;
  }

  @Test
  void agreements_fromADirectoryGiveTheSameFigures() throws IOException {
    Path docs = copyOfTheBundledDocuments("agreements");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = EcoShopExample.run(new String[] {"--agreements", docs.toString(), "--html",
        dir.resolve("own.html").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), () -> 0L);
    assertEquals(0, code);
    List<String> own = List.of(out.toString(StandardCharsets.UTF_8).split("\\R"));
    assertEquals("Service level report, 2025-Q4 (Europe/Berlin)", own.get(0));
    assertTrue(own.get(3).startsWith("Windows: prime: Mon–Sat 08:00–22:00 Europe/Berlin"), own.get(3));
    // every line from the data on is the same as with the bundled agreements
    assertEquals(console.subList(4, console.size() - 1), own.subList(4, own.size() - 1));
  }

  @Test
  void agreements_withProblemsListEachWithFileLineAndColumn() throws IOException {
    Path docs = copyOfTheBundledDocuments("bad-agreements");
    Path sla = docs.resolve("ecoshop-sla.yaml");
    Files.writeString(sla, Files.readString(sla).replaceFirst("minimum: 99.5\n", "minimun: 99.5\n"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EcoShopExample.run(new String[] {"--agreements", docs.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    assertEquals(2, code);
    List<String> lines = List.of(err.toString(StandardCharsets.UTF_8).split("\\R"));
    assertEquals("Error: option --agreements: the documents have 3 problems:", lines.get(0));
    assertEquals("  " + sla + ":45:5 /spec/targets/1/minimun: An availability target has no field"
        + " minimun; known fields: id, type, service, window, period, weight, atRiskThreshold,"
        + " responsibleParty, supports, minimum, excludedCauses, maintenanceNotice,"
        + " ignoreOutagesShorterThan [unknown-field]", lines.get(1));
    assertTrue(lines.get(2).contains("/spec/targets/1/minimum: An availability target needs the"
        + " field minimum [required]"), lines.get(2));
    assertTrue(lines.get(3).endsWith("ecoshop-chain.yaml:7:16 /spec/agreements/0: The agreement"
        + " with this id has problems: ecoshop-sla [reference]"), lines.get(3));
  }

  @Test
  void agreements_withoutAnSlaAreRefused() throws IOException {
    Path docs = copyOfTheBundledDocuments("no-sla");
    Files.delete(docs.resolve("ecoshop-sla.yaml"));
    Files.delete(docs.resolve("ecoshop-chain.yaml"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EcoShopExample.run(new String[] {"--agreements", docs.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    assertEquals(2, code);
    assertEquals("Error: Documents " + docs + " must define exactly one SLA to evaluate (or one"
        + " chain with one SLA): 0", err.toString(StandardCharsets.UTF_8).strip());
  }
}
