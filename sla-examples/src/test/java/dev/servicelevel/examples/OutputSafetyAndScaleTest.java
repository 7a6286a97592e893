package dev.servicelevel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;

/**
 * Hostile text in the data reaches no output raw, and a quarter of thousands of outages gives a
 * report of bounded size whose burn-down agrees with the library.
 */
class OutputSafetyAndScaleTest {

  @TempDir
  Path dir;

  private static final String HOSTILE = "\u001b[2J\u001b]0;pwned\u0007\u202Eevil\u0000\u0085\u007f";

  record Run(int status, String out, String err, String html) {}

  private Run run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EcoShopExample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L);
    Path html = dir.resolve("r.html");
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        Files.exists(html) ? Files.readString(html) : "");
  }

  private static void assertNoUnsafeCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r' && c != '\t') {
        int at = i;
        assertFalse(Limits.isUnsafe(c), () -> "raw U+" + Integer.toHexString(c) + " at " + at);
      }
    }
  }

  private static void assertWellFormed(Path html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(html.toFile());
  }

  @Test
  void hostileIdsAndTitlesAreEscapedInTheConsoleTheScreenAndTheHtml() throws Exception {
    Path tickets = dir.resolve("t.csv");
    Files.writeString(tickets, "ticket,at,event,priority,status,summary\n"
        + "T-" + HOSTILE + ",2025-11-28T19:33:00+01:00,created,P1,open,Sum " + HOSTILE + "\n");
    Path outages = dir.resolve("o.csv");
    Files.writeString(outages, "id,service,start,end\n"
        + "INC-" + HOSTILE + ",shop,2025-11-28T19:00:00+01:00,2025-11-28T19:40:00+01:00\n");
    Run r = run("--tickets", tickets.toString(), "--outages", outages.toString(),
        "--html", dir.resolve("r.html").toString());
    assertEquals(0, r.status(), r.err());
    assertNoUnsafeCharacter(r.out());
    assertNoUnsafeCharacter(r.err());
    assertNoUnsafeCharacter(r.html());
    assertWellFormed(dir.resolve("r.html"));
    // The help-desk screen shows the ticket, escaped; the HTML lists the outage, escaped.
    assertTrue(r.out().contains("T-\\u001B[2J"), r.out());
    assertTrue(r.html().contains("INC-\\u001B[2J\\u001B]0;pwned\\u0007\\u202Eevil\\u0000\\u0085\\u007F"));
  }

  @Test
  void safe_escapesEveryUnsafeCharacterAndXmlNoncharacters() {
    assertEquals("a\\u001B\\u202Eb\\uFFFF\\uD800c", Formats.safe("a\u001b\u202Eb\uFFFF\uD800c"));
    assertEquals("caf\u00e9 \uD83D\uDE00", Formats.safe("caf\u00e9 \uD83D\uDE00"));
  }

  /** Writes a quarter of random outages; every fourth of the reporting portal, some partial. */
  private Path outages(int count) throws IOException {
    Random random = new Random(20251001L);
    StringBuilder sb = new StringBuilder("id,service,start,end,cause,announced_at,impact\n");
    Instant first = OffsetDateTime.of(2025, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    for (int i = 0; i < count; i++) {
      Instant start = first.plus(Duration.ofMinutes(random.nextInt(91 * 24 * 60 - 60)));
      Instant end = start.plus(Duration.ofMinutes(1 + random.nextInt(30)));
      sb.append("OUT-").append(i).append(',').append(i % 4 == 0 ? "report" : "shop").append(',')
          .append(start).append(',').append(end).append(",,,").append(i % 3 == 0 ? "0.5" : "")
          .append('\n');
    }
    Path file = dir.resolve("outages-" + count + ".csv");
    Files.writeString(file, sb);
    return file;
  }

  @Test
  void aBusyQuarterGivesBoundedChartsThatEndOnTheLibrarysFigures() throws Exception {
    Path file = outages(1_000);
    EcoShopOptions options = EcoShopOptions.parse("--outages", file.toString(), "--html",
        dir.resolve("r.html").toString());
    EcoShopData data = EcoShopData.load(options, EcoShopAgreements.bundled().all());
    QuarterEvaluation q = QuarterEvaluation.evaluate(EcoShopAgreements.bundled(), data, YearQuarter.of(2025, 4),
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            () -> 0L, Duration.ofSeconds(2)));
    Path path = HtmlReport.write(q, data, options);
    assertWellFormed(path);
    String html = Files.readString(path);
    Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      // Two points per pixel column at most (1,160 wide), a merged bar per pixel and colour.
      assertTrue(svg.group().length() < 200_000, () -> "chart of " + svg.group().length() + " chars");
    }
    assertTrue(charts >= 5, "charts: " + charts);
    assertTrue(html.contains("outages from OUT-"), "a busy month's bars are merged");
    for (Map.Entry<String, List<BurnDownChart.Month>> e : q.burnDown().entrySet()) {
      for (BurnDownChart.Month m : e.getValue()) {
        List<BurnDownChart.Point> points = m.points();
        BigDecimal swept = points.get(points.size() - 1).leftPercent();
        // The sweep sums what the library sums: it ends on the library's own figure.
        // (the library rounds its percentage; the sweep's is within that rounding of it).
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(Math.max(0, m.finalLeftPercent().scale()));
        assertTrue(swept.subtract(m.finalLeftPercent()).abs().compareTo(ulp) <= 0,
            () -> e.getKey() + " " + m.month() + ": " + swept + " vs " + m.finalLeftPercent());
        for (int i = 1; i < points.size(); i++) {
          assertTrue(points.get(i).at().isAfter(points.get(i - 1).at()), "points in time order");
          assertTrue(points.get(i).leftPercent().compareTo(points.get(i - 1).leftPercent()) <= 0,
              "the budget only falls");
        }
      }
    }
  }
}
