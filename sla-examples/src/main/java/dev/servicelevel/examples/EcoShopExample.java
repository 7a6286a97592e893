package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
   * Runs the example; exits with status 2 for a user error (a bad command line, an input file
   * that cannot be read or has an error, an HTML report that cannot be written) and 1 for an
   * internal error (a defect: the stack trace is printed).
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
   * Runs the example. A user error prints one line naming the option, or the file, line and
   * column, with no stack trace; every line printed goes through {@link Formats#safe}, so no data
   * reaches the terminal as a control or bidi character.
   *
   * @param args  the options
   * @param out  where the report goes
   * @param err  where errors and progress go
   * @param nanoTime  the clock of the progress line
   * @return the exit status: 0; 2 for a user error (command line, input file, HTML report's
   *     path); 1 for an internal error
   */
  static int run(String[] args, PrintStream out, PrintStream err, LongSupplier nanoTime) {
    try {
      return runChecked(args, out, err, nanoTime);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
        throw (VirtualMachineError) e;
      }
      err.println(Formats.safe("Internal error (please report it): " + Limits.shown(e)));
      e.printStackTrace(err);
      return 1;
    }
  }

  private static int runChecked(String[] args, PrintStream out, PrintStream err,
      LongSupplier nanoTime) {
    EcoShopOptions options;
    try {
      options = EcoShopOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(Formats.safe("Error: " + e.getMessage() + " (run with --help for the options)"));
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
      err.println(Formats.safe("Error: " + e.getMessage()));
    }
    QuarterEvaluation q = QuarterEvaluation.evaluate(data, options.quarter(), progress);
    progress.step("Writing the report");
    List<String> lines = new ArrayList<>();
    header(lines, data, options);
    lines.addAll(ConsoleReport.lines(q));
    lines.add("");
    String title = "Help desk screen as of " + Formats.dayTime(options.screenAt(), EcoShopAgreements.BERLIN)
        + " (Europe/Berlin)";
    lines.add("== " + title + " " + "=".repeat(Math.max(3, 96 - title.length())));
    List<TicketHistory> tickets = data.tickets().orElse(List.of());
    lines.addAll(new HelpDeskScreen(EcoShopAgreements.SLA)
        .render(tickets, options.screenAt(), EcoShopAgreements.BERLIN, 15));
    lines.add("");
    lines.forEach(line -> out.println(Formats.safe(line)));
    try {
      Path html = HtmlReport.write(q, data, options);
      out.println(Formats.safe("HTML report: " + html.toAbsolutePath().normalize()));
    } catch (IOException | InvalidPathException e) {
      err.println(Formats.safe("Error: option --html " + Limits.shown(options.html())
          + ": cannot write the HTML report: " + Limits.shown(e.getMessage())));
      progress.done();
      return 2;
    }
    progress.done();
    if (!data.errors().isEmpty()) {
      return 2;
    }
    LOG.debug("EcoShop report for {} done", options.quarter());
    return 0;
  }

  private static void header(List<String> out, EcoShopData data, EcoShopOptions options) {
    Agreement sla = EcoShopAgreements.SLA;
    CreditPolicy policy = sla.creditPolicy().orElseThrow();
    out.add("EcoShop service level report, " + options.quarter() + " (Europe/Berlin)");
    out.add(sla + ", fee " + Formats.money(policy.fee(), policy.currency()) + " per month");
    out.add("Supported by: " + EcoShopAgreements.OPS_OLA.title() + ", " + EcoShopAgreements.DEV_OLA.title()
        + ", " + EcoShopAgreements.HOSTING_UC.title() + " (" + EcoShopAgreements.HOSTING_UC.provider().name() + ")");
    out.add("Prime time: Mon-Sat 08:00-22:00; non-prime: the rest of the week");
    out.add("Data: " + describe(data.tickets(), data.tickets().content().map(List::size).orElse(0) + " tickets")
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
