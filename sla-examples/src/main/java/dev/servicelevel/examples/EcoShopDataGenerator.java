package dev.servicelevel.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the bundled EcoShop data for the fourth quarter of 2025 (October to December,
 * Europe/Berlin): {@code outages.csv}, {@code tickets.csv} and {@code samples.csv}. It was run
 * once; its output ships under {@code src/main/resources/dev/servicelevel/examples/ecoshop}, and
 * a test checks that running it again gives the same bytes.
 *
 * <p>Run it with {@code mvn -B -q -pl sla-examples -am compile exec:exec
 * -Dexample.mainClass=dev.servicelevel.examples.EcoShopDataGenerator
 * -Dexec.mainArgs=src/main/resources/dev/servicelevel/examples/ecoshop}.
 *
 * <h2>What is scripted and what is random</h2>
 * <ul>
 *   <li><b>Outages</b> are all scripted (see {@link #OUTAGES}): a month with an at-risk but met
 *       prime time (October), one with a Black Friday breach (November, worked by hand in the
 *       tests), one with a partial outage and a non-prime breach (December); planned
 *       maintenance announced in time and once too late, a customer-caused outage, an outage
 *       across the end of daylight-saving time, two records of one outage that overlap, and an
 *       outage of the reporting portal.</li>
 *   <li><b>P1 tickets</b> are all scripted (see {@link #P1_TICKETS}), most of them raised by the
 *       outages, so the P1 figures of a month can be checked by hand.</li>
 *   <li><b>P2 to P4 tickets</b> are random with the fixed seed {@link #SEED}
 *       ({@link java.util.Random} is specified to give the same sequence on every JVM): 3 to 8
 *       a day, more in the Black Friday week, 85 % created between 08:00 and 22:00; one in five
 *       waits on the customer for up to two days; some change priority, some are handed to
 *       development, a few are reopened; answer and resolution times are drawn so that a few
 *       miss their goals, more of them in the overloaded Black Friday week.</li>
 *   <li><b>Page-latency samples</b> (the shop's p95 page latency of each quarter hour, in
 *       milliseconds) follow a daily load curve (quiet nights, a peak at 19:00 to 22:00) scaled
 *       by season (Black Friday week and the Christmas rush slower) with Gaussian noise and
 *       rare spikes.</li>
 * </ul>
 * Times are written in Berlin local time with their offset, so a reader sees prime time at a
 * glance. Ticket ids ({@code T-1001} on) follow creation order.
 */
public final class EcoShopDataGenerator {

  /** The seed of the random part; changing it changes the bundled data. */
  public static final long SEED = 20251001L;

  /** The first day of the quarter. */
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 1);

  /** The day after the quarter. */
  static final LocalDate END_DAY = LocalDate.of(2026, 1, 1);

  /** Events after this instant are not in the export (the day it was taken). */
  static final Instant EXPORTED_AT = at("2026-01-10T12:00");

  private static final DateTimeFormatter OFFSET_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /**
   * The outages, one per line: id, service, start, end (local Berlin time; an offset when the
   * local time is ambiguous), cause, announced, impact.
   */
  static final List<String> OUTAGES =
      List.of(
          // October: 20 min of prime time (14 + 6), budget 22 min 40.8 s: met but at risk.
          "INC-2510-01|shop|2025-10-07T10:12|2025-10-07T10:26|||",
          "CHG-2510-02|shop|2025-10-12T02:00|2025-10-12T04:00|planned-maintenance|2025-10-06T10:00|",
          "INC-2510-03|shop|2025-10-18T21:54|2025-10-18T22:30|||",
          // Announced 12 hours ahead, the agreement asks for three days: it counts.
          "CHG-2510-04|shop|2025-10-22T06:00|2025-10-22T06:45|planned-maintenance|2025-10-21T18:00|",
          // 02:40 summer time to 02:10 winter time on the night the clocks go back: 30 minutes.
          "INC-2510-05|shop|2025-10-26T02:40+02:00|2025-10-26T02:10+01:00|||",
          // November: 220 min of prime time (30 + 150 + 40): 98.9524 %, 15 % credit.
          "RPT-2511-01|report|2025-11-03T09:00|2025-11-03T12:00|||",
          "INC-2511-01|shop|2025-11-05T14:00|2025-11-05T14:30|||",
          "CUS-2511-02|shop|2025-11-13T11:00|2025-11-13T11:45|customer-caused||",
          "CHG-2511-03|shop|2025-11-16T01:00|2025-11-16T03:00|planned-maintenance|2025-11-10T09:00|",
          "INC-2511-04|shop|2025-11-28T19:30|2025-11-28T23:00|||",
          "INC-2511-05|shop|2025-11-29T07:40|2025-11-29T08:40|||",
          // December: 55 min of prime time (25 + 60 at half impact), 150 min of non-prime time.
          "INC-2512-01|shop|2025-12-08T12:00|2025-12-08T12:25|||",
          "INC-2512-02|shop|2025-12-08T12:10|2025-12-08T12:20|||",
          "INC-2512-03|shop|2025-12-13T15:00|2025-12-13T16:00|||0.5",
          "INC-2512-04|shop|2025-12-23T02:00|2025-12-23T04:30|||",
          "CHG-2512-05|shop|2025-12-28T03:00|2025-12-28T05:00|planned-maintenance|2025-12-15T11:00|");

  /**
   * The P1 tickets (and one P2 raised to P1), one ticket per entry: the summary, then events as
   * {@code "event local-time field=value ..."}; the first event is the creation.
   */
  static final List<List<String>> P1_TICKETS =
      List.of(
          List.of("Shop returns 502 errors (INC-2510-01)",
              "created 2025-10-07T10:15 priority=P1 status=open",
              "agent-reply 2025-10-07T10:24", "resolved 2025-10-07T10:40 status=resolved"),
          List.of("Shop unreachable (INC-2510-03)",
              "created 2025-10-18T21:58 priority=P1 status=open",
              "agent-reply 2025-10-18T22:20", "resolved 2025-10-18T22:45 status=resolved"),
          List.of("Shop down during maintenance (CHG-2510-04)",
              "created 2025-10-22T06:10 priority=P1 status=open",
              "agent-reply 2025-10-22T06:25", "resolved 2025-10-22T06:50 status=resolved"),
          List.of("Payment provider errors",
              "created 2025-10-30T14:05 priority=P2 status=open",
              "agent-reply 2025-10-30T14:20", "priority-change 2025-10-30T14:30 priority=P1",
              "assigned 2025-10-30T14:40 team=dev", "fixed 2025-10-30T17:10",
              "resolved 2025-10-30T17:30 status=resolved"),
          // November, worked by hand in the tests: answer 8, 7, 11, 22, 41, 20 min (one late);
          // resolve 33 min, 37 min (paused 11:12-13:30), 1 h 30, 2 h 24 and 2 h 10 (the clock
          // stops at 22:00), 4 h 30 (from 08:00; late).
          List.of("Checkout fails (INC-2511-01)",
              "created 2025-11-05T14:02 priority=P1 status=open",
              "agent-reply 2025-11-05T14:10", "assigned 2025-11-05T14:15 team=dev",
              "fixed 2025-11-05T14:28", "resolved 2025-11-05T14:35 status=resolved"),
          List.of("Wrong prices after EcoShop's price import (CUS-2511-02)",
              "created 2025-11-13T11:05 priority=P1 status=open",
              "agent-reply 2025-11-13T11:12 status=waiting-on-customer",
              "customer-reply 2025-11-13T13:30 status=open",
              "resolved 2025-11-13T14:00 status=resolved"),
          List.of("Search returns no results",
              "created 2025-11-17T09:30 priority=P1 status=open",
              "agent-reply 2025-11-17T09:41", "assigned 2025-11-17T09:50 team=dev",
              "fixed 2025-11-17T10:45", "resolved 2025-11-17T11:00 status=resolved"),
          List.of("Black Friday: shop down (INC-2511-04)",
              "created 2025-11-28T19:36 priority=P1 status=open",
              "agent-reply 2025-11-28T19:58", "resolved 2025-11-28T23:05 status=resolved"),
          List.of("Black Friday: customers cannot pay",
              "created 2025-11-28T19:50 priority=P1 status=open",
              "agent-reply 2025-11-28T20:31", "resolved 2025-11-28T23:10 status=resolved"),
          List.of("Shop down again after the night (INC-2511-05)",
              "created 2025-11-29T07:45 priority=P1 status=open",
              "agent-reply 2025-11-29T08:05", "assigned 2025-11-29T08:20 team=dev",
              "fixed 2025-11-29T12:05", "resolved 2025-11-29T12:30 status=resolved"),
          List.of("Newsletter links lead to 404",
              "created 2025-12-02T10:00 priority=P1 status=open",
              "agent-reply 2025-12-02T10:10", "resolved 2025-12-02T11:00 status=resolved",
              "reopened 2025-12-03T09:00 status=open",
              "resolved 2025-12-03T15:30 status=resolved"),
          List.of("Shop answers 503 (INC-2512-01)",
              "created 2025-12-08T12:03 priority=P1 status=open",
              "agent-reply 2025-12-08T12:15", "resolved 2025-12-08T12:40 status=resolved"),
          List.of("Half of the payments time out (INC-2512-03)",
              "created 2025-12-13T15:05 priority=P1 status=open",
              "agent-reply 2025-12-13T15:20", "assigned 2025-12-13T15:30 team=dev",
              "fixed 2025-12-13T16:10", "resolved 2025-12-13T16:20 status=resolved"),
          List.of("Night outage (INC-2512-04)",
              "created 2025-12-23T02:10 priority=P1 status=open",
              "agent-reply 2025-12-23T02:32", "resolved 2025-12-23T04:40 status=resolved"),
          List.of("Gift card codes rejected",
              "created 2025-12-24T16:00 priority=P1 status=open",
              "agent-reply 2025-12-24T16:12", "assigned 2025-12-24T16:20 team=dev",
              "fixed 2025-12-25T10:00", "resolved 2025-12-25T10:30 status=resolved"));

  private static final List<String> P2_SUMMARIES =
      List.of("Order confirmation mails delayed", "Voucher not applied at checkout",
          "Product images missing", "Stock level wrong for a product", "Invoice PDF empty",
          "Shipping costs wrong for Austria");
  private static final List<String> P3_SUMMARIES =
      List.of("Customer cannot change address", "Typo on the returns page",
          "Filter by size shows too few products", "Wish list not saved",
          "Newsletter sign-up confirmation missing", "Sorting by price ignores sale prices");
  private static final List<String> P4_SUMMARIES =
      List.of("Request: export of last month's orders", "Question about the sales report",
          "Add a new delivery country", "Change the footer text",
          "New user account for the marketing team");

  private final Random random = new Random(SEED);

  private EcoShopDataGenerator() {}

  /**
   * Writes the three files.
   *
   * @param args  the output directory; the module's resource folder when not given
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 && !args[0].isBlank()
        ? args[0] : "src/main/resources/dev/servicelevel/examples/ecoshop");
    write(dir);
    System.out.println("Wrote outages.csv, tickets.csv and samples.csv to " + dir.toAbsolutePath());
  }

  /**
   * Writes the three files to a directory, creating it if needed.
   *
   * @param dir  the directory
   * @throws IOException if a file cannot be written
   */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    EcoShopDataGenerator g = new EcoShopDataGenerator();
    try (Writer w = Files.newBufferedWriter(dir.resolve("outages.csv"), StandardCharsets.UTF_8)) {
      g.writeOutages(w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("tickets.csv"), StandardCharsets.UTF_8)) {
      g.writeTickets(w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("samples.csv"), StandardCharsets.UTF_8)) {
      g.writeSamples(w);
    }
  }

  private void writeOutages(Writer w) throws IOException {
    w.write("id,service,start,end,cause,announced_at,impact\n");
    for (String line : OUTAGES) {
      String[] f = line.split("\\|", -1);
      w.write(String.join(",", f[0], f[1], time(f[2]), time(f[3]), f[4],
          f[5].isEmpty() ? "" : time(f[5]), f[6]) + "\n");
    }
  }

  /** A ticket being generated: its events in the order they are added. */
  private static final class Ticket {
    final Instant created;
    final String summary;
    final List<Event> events = new ArrayList<>();

    Ticket(Instant created, String summary) {
      this.created = created;
      this.summary = summary;
    }

    void add(Instant at, String type, String... fields) {
      Map<String, String> map = new LinkedHashMap<>();
      for (String f : fields) {
        String[] kv = f.split("=", 2);
        map.put(kv[0], kv[1]);
      }
      events.add(new Event(at, type, map));
    }
  }

  private static final class Event {
    final Instant at;
    final String type;
    final Map<String, String> fields;

    Event(Instant at, String type, Map<String, String> fields) {
      this.at = at;
      this.type = type;
      this.fields = fields;
    }
  }

  private void writeTickets(Writer w) throws IOException {
    List<Ticket> tickets = new ArrayList<>();
    for (List<String> script : P1_TICKETS) {
      tickets.add(scripted(script));
    }
    for (LocalDate day = FIRST_DAY; day.isBefore(END_DAY); day = day.plusDays(1)) {
      int count = 3 + random.nextInt(4) + (blackFridayWeek(day) ? 4 : 0)
          + (day.getMonthValue() == 12 && day.getDayOfMonth() < 24 ? 1 : 0);
      for (int i = 0; i < count; i++) {
        tickets.add(randomTicket(day));
      }
    }
    // The Black Friday evening the help-desk screen shows: a burst of tickets as the shop fails.
    LocalDate blackFriday = LocalDate.of(2025, 11, 28);
    for (int i = 0; i < 7; i++) {
      LocalDateTime t = blackFriday.atTime(19, 32).plusMinutes(6L * i + random.nextInt(5));
      tickets.add(randomTicket(t.atZone(EcoShopAgreements.BERLIN).toInstant(), true));
    }
    tickets.sort(Comparator.comparing((Ticket t) -> t.created));
    w.write("ticket,at,event,priority,status,team,summary\n");
    int number = 1001;
    for (Ticket t : tickets) {
      String id = "T-" + number++;
      List<Event> events = new ArrayList<>(t.events);
      events.sort(Comparator.comparing((Event e) -> e.at));
      boolean first = true;
      for (Event e : events) {
        if (e.at.isAfter(EXPORTED_AT)) {
          break;
        }
        w.write(String.join(",", id, OFFSET_TIME.format(e.at.atZone(EcoShopAgreements.BERLIN)),
            e.type, e.fields.getOrDefault("priority", ""), e.fields.getOrDefault("status", ""),
            e.fields.getOrDefault("team", ""), first ? quote(t.summary) : "") + "\n");
        first = false;
      }
    }
  }

  private static Ticket scripted(List<String> script) {
    Ticket t = null;
    for (String line : script.subList(1, script.size())) {
      String[] parts = line.split(" ");
      Instant at = at(parts[1]);
      if (t == null) {
        t = new Ticket(at, script.get(0));
      }
      String[] fields = new String[parts.length - 2];
      System.arraycopy(parts, 2, fields, 0, fields.length);
      t.add(at, parts[0], fields);
    }
    return t;
  }

  private Ticket randomTicket(LocalDate day) {
    int hour = random.nextInt(100) < 85 ? 8 + random.nextInt(14) : (22 + random.nextInt(10)) % 24;
    LocalDateTime local = day.atTime(hour, random.nextInt(60));
    return randomTicket(local.atZone(EcoShopAgreements.BERLIN).toInstant(), false);
  }

  private Ticket randomTicket(Instant created, boolean blackFridayEvening) {
    LocalDate day = created.atZone(EcoShopAgreements.BERLIN).toLocalDate();
    boolean busy = blackFridayEvening || blackFridayWeek(day);
    int p = random.nextInt(100);
    String priority = blackFridayEvening ? (p < 60 ? "P2" : "P3") : p < 22 ? "P2" : p < 65 ? "P3" : "P4";
    List<String> summaries =
        priority.equals("P2") ? P2_SUMMARIES : priority.equals("P3") ? P3_SUMMARIES : P4_SUMMARIES;
    Ticket t = new Ticket(created, summaries.get(random.nextInt(summaries.size())));
    t.add(created, "created", "priority=" + priority, "status=open");
    int late = busy ? 18 : day.getMonthValue() == 12 ? 5 : 3;
    long answer;
    if (priority.equals("P2")) {
      int x = random.nextInt(100);
      answer = x < late ? 121 + random.nextInt(180) : x < 40 ? 60 + random.nextInt(55) : 5 + random.nextInt(55);
    } else if (priority.equals("P3")) {
      answer = 20 + random.nextInt(400);
    } else {
      answer = 60 + random.nextInt(1400);
    }
    Instant reply = plusMinutes(created, answer);
    Instant ready = reply;
    if (random.nextInt(100) < 7) {
      // Re-prioritised after the first answer, when the agent knows more.
      String changed = priority.equals("P2") ? "P3" : priority.equals("P3") ? "P2" : "P3";
      t.add(plusMinutes(reply, 10 + random.nextInt(120)), "priority-change", "priority=" + changed);
      priority = changed;
    }
    if (random.nextInt(100) < 20) {
      t.add(reply, "agent-reply", "status=waiting-on-customer");
      ready = plusMinutes(reply, 30 + random.nextInt(48 * 60));
      t.add(ready, "customer-reply", "status=open");
    } else {
      t.add(reply, "agent-reply");
    }
    if (!priority.equals("P4") && random.nextInt(100) < 25) {
      Instant assigned = plusMinutes(reply, 10 + random.nextInt(80));
      t.add(assigned, "assigned", "team=dev");
      Instant fixed = plusMinutes(assigned, 60 + random.nextInt(420));
      t.add(fixed, "fixed");
      ready = fixed.isAfter(ready) ? fixed : ready;
    }
    long work;
    if (priority.equals("P2")) {
      work = random.nextInt(100) < late ? 1500 + random.nextInt(2500) : 30 + random.nextInt(420);
    } else if (priority.equals("P3")) {
      work = 120 + random.nextInt(4200);
    } else {
      work = 240 + random.nextInt(9840);
    }
    Instant resolved = plusMinutes(ready, work);
    t.add(resolved, "resolved", "status=resolved");
    if (random.nextInt(100) < 4) {
      Instant reopened = plusMinutes(resolved, 600 + random.nextInt(3400));
      t.add(reopened, "reopened", "status=open");
      t.add(plusMinutes(reopened, 60 + random.nextInt(1440)), "resolved", "status=resolved");
    }
    return t;
  }

  private void writeSamples(Writer w) throws IOException {
    w.write("target,at,value\n");
    ZonedDateTime t = FIRST_DAY.atStartOfDay(EcoShopAgreements.BERLIN);
    ZonedDateTime end = END_DAY.atStartOfDay(EcoShopAgreements.BERLIN);
    while (t.isBefore(end)) {
      double load = load(t.getHour());
      double season = season(t.toLocalDate());
      double ms = 120 + 110 * load * season + random.nextGaussian() * 22;
      if (random.nextInt(200) == 0) {
        ms += 300 + random.nextInt(600);
      }
      long value = Math.max(40, Math.round(ms));
      w.write("latency," + OFFSET_TIME.format(t) + "," + value + "\n");
      t = t.plusMinutes(15);
    }
  }

  /** The share of peak traffic by hour of day: quiet nights, busy evenings. */
  private static double load(int hour) {
    if (hour < 7) {
      return 0.2;
    }
    if (hour < 12) {
      return 0.6;
    }
    if (hour < 19) {
      return 0.75;
    }
    return hour < 22 ? 1.0 : 0.5;
  }

  /** How much slower the shop is by season. */
  private static double season(LocalDate day) {
    if (blackFridayWeek(day)) {
      return 1.6;
    }
    if (day.getMonthValue() == 12 && day.getDayOfMonth() <= 23) {
      return 1.55;
    }
    if (day.getMonthValue() == 11) {
      return 1.1;
    }
    return 1.0;
  }

  private static boolean blackFridayWeek(LocalDate day) {
    return !day.isBefore(LocalDate.of(2025, 11, 24)) && !day.isAfter(LocalDate.of(2025, 11, 30));
  }

  private static Instant plusMinutes(Instant t, long minutes) {
    return t.plusSeconds(60 * minutes);
  }

  /** Parses a Berlin local time, or a date-time with offset for an ambiguous local time. */
  static Instant at(String text) {
    if (text.length() > 16) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).atZone(EcoShopAgreements.BERLIN).toInstant();
  }

  private static String time(String text) {
    return OFFSET_TIME.format(at(text).atZone(EcoShopAgreements.BERLIN));
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"")
        ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
