package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.json.DocumentException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
    EcoShopAgreements agreements;
    try {
      agreements = options.agreements().map(EcoShopAgreements::load)
          .orElseGet(EcoShopAgreements::bundled);
      EcoShopOptions.requireWithin(options.quarter(), agreements.sla().validity());
    } catch (DocumentException e) {
      err.println(Formats.safe("Error: option --agreements: the documents have "
          + e.problems().size() + (e.problems().size() == 1 ? " problem:" : " problems:")));
      e.problems().forEach(p -> err.println(Formats.safe("  " + p)));
      return 2;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println(Formats.safe("Error: " + (e instanceof UncheckedIOException
          ? "option --agreements: " + Limits.shown(e.getCause().getMessage()) : e.getMessage())));
      return 2;
    }
    progress.step("Reading the data");
    EcoShopData data = EcoShopData.load(options, agreements.all());
    for (IOException e : data.errors()) {
      err.println(Formats.safe("Error: " + e.getMessage()));
    }
    QuarterEvaluation q = QuarterEvaluation.evaluate(agreements, data, options.quarter(), progress);
    progress.step("Writing the report");
    List<String> lines = new ArrayList<>();
    header(lines, agreements, data, options);
    lines.addAll(ConsoleReport.lines(q));
    lines.add("");
    String title = "Help desk screen as of "
        + Formats.dayTime(options.screenAt(), agreements.zone()) + " (" + agreements.zone() + ")";
    lines.add("== " + title + " " + "=".repeat(Math.max(3, 96 - title.length())));
    List<TicketHistory> tickets = data.tickets().orElse(List.of());
    lines.addAll(new HelpDeskScreen(agreements.sla())
        .render(tickets, options.screenAt(), agreements.zone(), 15));
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

  private static void header(List<String> out, EcoShopAgreements agreements, EcoShopData data,
      EcoShopOptions options) {
    Agreement sla = agreements.sla();
    out.add((agreements.isBundled() ? "EcoShop service level report, " : "Service level report, ")
        + options.quarter() + " (" + sla.zone() + ")");
    out.add(sla + sla.creditPolicy().map(policy -> ", fee "
        + Formats.money(policy.fee(), policy.currency()) + " per " + policy.billingPeriod()
            .toString().replace("calendar ", "")).orElse(""));
    List<String> supporters = new ArrayList<>();
    for (Agreement a : agreements.supporting()) {
      supporters.add(a.title() + (a.kind() == AgreementKind.UNDERPINNING_CONTRACT
          ? " (" + a.provider().name() + ")" : ""));
    }
    out.add("Supported by: " + (supporters.isEmpty() ? "none" : String.join(", ", supporters)));
    if (agreements.isBundled()) {
      out.add("Prime time: Mon-Sat 08:00-22:00; non-prime: the rest of the week");
    } else {
      List<String> windows = new ArrayList<>();
      sla.windows().forEach(w -> windows.add(w.toString()));
      out.add("Windows: " + String.join("; ", windows));
    }
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
