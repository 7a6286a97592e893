package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.evaluation.TicketHistory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's main example: EcoShop's fourth quarter of 2025 evaluated month by month against
 * its SLA, the OLAs and the hosting contract (see {@link EcoShopAgreements}), printed as a
 * console report with a help-desk screen, and written as a self-contained HTML report.
 *
 * <p>Run it with {@code mvn -B -q -pl sla-examples -am compile exec:exec}; add
 * {@code -Dexec.mainArgs="--tickets my-tickets.csv --outages my-outages.csv"} to evaluate your
 * own export (the module's README documents the columns). {@code --help} lists the options.
 */
public final class EcoShopExample {

  private static final Logger LOG = LoggerFactory.getLogger(EcoShopExample.class);

  private EcoShopExample() {}

  /**
   * Runs the example; exits with status 1 when an input file had errors (the rest is still
   * evaluated) and 2 for a bad command line.
   *
   * @param args  the options, see {@link EcoShopOptions#USAGE}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, System::nanoTime);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example.
   *
   * @param args  the options
   * @param out  where the report goes
   * @param err  where errors and progress go
   * @param nanoTime  the clock of the progress line
   * @return the exit status: 0, 1 when an input file had errors, 2 for a bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err, LongSupplier nanoTime) {
    EcoShopOptions options;
    try {
      options = EcoShopOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(EcoShopOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(EcoShopOptions.USAGE);
      return 0;
    }
    Progress progress = new Progress(err, nanoTime, Duration.ofSeconds(2));
    progress.step("Reading the data");
    EcoShopData data = EcoShopData.load(options, EcoShopAgreements.ALL);
    for (IOException e : data.errors()) {
      err.println("Error: " + e.getMessage());
    }
    QuarterEvaluation q = QuarterEvaluation.evaluate(data, options.quarter(), progress);
    progress.step("Writing the report");
    header(out, data, options);
    ConsoleReport.lines(q).forEach(out::println);
    out.println();
    String title = "Help desk screen as of " + Formats.dayTime(options.screenAt(), EcoShopAgreements.BERLIN)
        + " (Europe/Berlin)";
    out.println("== " + title + " " + "=".repeat(Math.max(3, 96 - title.length())));
    List<TicketHistory> tickets = data.tickets().orElse(List.of());
    new HelpDeskScreen(EcoShopAgreements.SLA)
        .render(tickets, options.screenAt(), EcoShopAgreements.BERLIN, 15).forEach(out::println);
    out.println();
    try {
      Path html = HtmlReport.write(q, data, options);
      out.println("HTML report: " + html.toAbsolutePath().normalize());
    } catch (IOException e) {
      err.println("Error: cannot write the HTML report " + options.html() + ": " + e.getMessage());
      progress.done();
      return 1;
    }
    progress.done();
    if (!data.errors().isEmpty()) {
      err.println(data.errors().size() + " input file(s) had errors; nothing was evaluated from them.");
      return 1;
    }
    LOG.debug("EcoShop report for {} done", options.quarter());
    return 0;
  }

  private static void header(PrintStream out, EcoShopData data, EcoShopOptions options) {
    Agreement sla = EcoShopAgreements.SLA;
    CreditPolicy policy = sla.creditPolicy().orElseThrow();
    out.println("EcoShop service level report, " + options.quarter() + " (Europe/Berlin)");
    out.println(sla + ", fee " + Formats.money(policy.fee(), policy.currency()) + " per month");
    out.println("Supported by: " + EcoShopAgreements.OPS_OLA.title() + ", " + EcoShopAgreements.DEV_OLA.title()
        + ", " + EcoShopAgreements.HOSTING_UC.title() + " (" + EcoShopAgreements.HOSTING_UC.provider().name() + ")");
    out.println("Prime time: Mon-Sat 08:00-22:00; non-prime: the rest of the week");
    out.println("Data: " + describe(data.tickets(), data.tickets().content().map(List::size).orElse(0) + " tickets")
        + "; " + describe(data.outages(), data.outages().content().map(List::size).orElse(0) + " outages")
        + "; " + describe(data.samples(), data.samples().content().map(List::size).orElse(0) + " samples"));
  }

  private static String describe(EcoShopData.Input<?> input, String what) {
    if (input.error().isPresent()) {
      return input.file() + " NOT EVALUATED (see the error above)";
    }
    return input.file() + (input.bundled() ? " (bundled)" : "") + ": " + what;
  }
}
