package dev.servicelevel.examples;

import dev.servicelevel.agreement.Limits;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The command line of {@link EcoShopExample}: which files to read, which quarter to evaluate,
 * when to show the help-desk screen and where to write the HTML report.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EcoShopOptions {

  /** The usage text printed by {@code --help} and after a bad option. */
  static final String USAGE = String.join("\n",
      "Usage: EcoShopExample [--agreements FILE_OR_DIR] [--tickets FILE] [--outages FILE]",
      "                      [--samples FILE] [--quarter 2025-Q4]",
      "                      [--screen-at 2025-11-28T20:15+01:00] [--html FILE]",
      "  --agreements F    agreement documents (YAML or JSON; a file, or every .yaml, .yml and",
      "                    .json file under a directory): one AgreementChain, or one SLA and",
      "                    the agreements that support it (default: the bundled EcoShop ones)",
      "  --tickets FILE    ticket events (CSV: ticket,at,event,priority,status[,team,...])",
      "  --outages FILE    outages (CSV: id,service,start,end[,cause,announced_at,impact])",
      "  --samples FILE    measurements (CSV: target,at,value)",
      "                    a file not given is the bundled EcoShop data for 2025-Q4",
      "  --quarter Q       the quarter to evaluate, month by month (default 2025-Q4)",
      "  --screen-at T     the instant of the help-desk screen (default Black Friday 2025,",
      "                    20:15 Berlin time, or the end of the quarter for another quarter)",
      "  --html FILE       where to write the HTML report (default target/ecoshop-report.html)",
      "  --help            print this text");

  static final YearQuarter BUNDLED_QUARTER = YearQuarter.of(2025, 4);
  static final Instant BLACK_FRIDAY_EVENING = OffsetDateTime.parse("2025-11-28T20:15+01:00").toInstant();

  private final Path agreements;
  private final Path tickets;
  private final Path outages;
  private final Path samples;
  private final YearQuarter quarter;
  private final Instant screenAt;
  private final Path html;
  private final boolean help;

  private EcoShopOptions(Path agreements, Path tickets, Path outages, Path samples,
      YearQuarter quarter, Instant screenAt, Path html, boolean help) {
    this.agreements = agreements;
    this.tickets = tickets;
    this.outages = outages;
    this.samples = samples;
    this.quarter = quarter;
    this.screenAt = screenAt;
    this.html = html;
    this.help = help;
  }

  /**
   * The words of the command line. Maven's exec plugin passes {@code -Dexec.mainArgs="--tickets
   * a.csv --quarter 2026-Q1"} as one argument, so a single argument is split at white space;
   * double quotes keep a path with spaces together ({@code "--tickets \"my data/t.csv\""}).
   * Several arguments (a plain {@code java} command line) are taken as they are.
   *
   * @param args  the arguments, not null
   * @return the words, not null
   * @throws IllegalArgumentException if a double quote is not closed
   */
  static String[] words(String... args) {
    if (args.length != 1) {
      return args;
    }
    String line = args[0];
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Unclosed double quote in the arguments: "
          + Limits.shown(line));
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words.toArray(new String[0]);
  }

  /**
   * Parses the command line.
   *
   * @param args  the arguments, not null
   * @return the options, not null
   * @throws IllegalArgumentException if an option is unknown, lacks its value or has a bad one
   */
  static EcoShopOptions parse(String... given) {
    Objects.requireNonNull(given, "args");
    String[] args = words(given);
    Path agreements = null;
    Path tickets = null;
    Path outages = null;
    Path samples = null;
    YearQuarter quarter = BUNDLED_QUARTER;
    Instant screenAt = null;
    Path html = Path.of("target", "ecoshop-report.html");
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.isBlank()) {
        continue;
      }
      if (option.equals("--help") || option.equals("-h")) {
        help = true;
        continue;
      }
      if (!option.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument '" + Limits.shown(option)
            + "'; options start with --");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new IllegalArgumentException("Option " + Limits.shown(option) + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--agreements":
          agreements = path(option, value);
          break;
        case "--tickets":
          tickets = path(option, value);
          break;
        case "--outages":
          outages = path(option, value);
          break;
        case "--samples":
          samples = path(option, value);
          break;
        case "--html":
          html = path(option, value);
          break;
        case "--quarter":
          try {
            quarter = YearQuarter.parse(value);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Option --quarter needs a quarter such as 2025-Q4: '"
                + Limits.shown(value) + "'", e);
          }
          break;
        case "--screen-at":
          try {
            screenAt = Limits.requireInstant("the instant",
                OffsetDateTime.parse(value).toInstant());
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "Option --screen-at needs a date-time with offset such as 2025-11-28T20:15+01:00: '"
                    + Limits.shown(value) + "'", e);
          } catch (DateTimeException e) {
            throw new IllegalArgumentException("Option --screen-at: " + e.getMessage(), e);
          }
          break;
        default:
          throw new IllegalArgumentException("Unknown option '" + Limits.shown(option)
              + "'; see --help");
      }
    }
    if (agreements == null) {
      // the user's agreements are checked once read (EcoShopExample)
      requireWithin(quarter, EcoShopAgreements.bundled().sla().validity());
    }
    if (screenAt == null) {
      Instant end = quarter.plusQuarters(1).atDay(1).atStartOfDay(EcoShopAgreements.BERLIN).toInstant();
      screenAt = quarter.equals(BUNDLED_QUARTER) ? BLACK_FRIDAY_EVENING : end;
    }
    return new EcoShopOptions(agreements, tickets, outages, samples, quarter, screenAt, html,
        help);
  }

  /**
   * Requires the quarter to lie within the agreements' validity.
   *
   * @param quarter  the quarter, not null
   * @param term  the validity of the SLA, not null
   * @throws IllegalArgumentException if the quarter is not within the validity
   */
  static void requireWithin(YearQuarter quarter, LocalDateRange term) {
    if (quarter.atDay(1).isBefore(term.getStart())
        || (!term.isUnboundedEnd() && quarter.atEndOfQuarter().isAfter(term.getEndInclusive()))) {
      throw new IllegalArgumentException("Option --quarter must be a quarter within the"
          + " agreements' validity " + term.getStart() + " to "
          + (term.isUnboundedEnd() ? "open end" : term.getEndInclusive().toString()) + ": "
          + quarter);
    }
  }

  /** A file option's path; a path the file system cannot name (a NUL character) is rejected. */
  private static Path path(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Option " + option + " needs a file name the system"
          + " accepts: '" + Limits.shown(value) + "'", e);
    }
  }

  /**
   * Gets the agreement documents given by the user.
   *
   * @return the file or directory, empty for the bundled EcoShop agreements
   */
  Optional<Path> agreements() {
    return Optional.ofNullable(agreements);
  }

  /**
   * Gets the ticket file given by the user.
   *
   * @return the file, empty for the bundled data
   */
  Optional<Path> tickets() {
    return Optional.ofNullable(tickets);
  }

  /**
   * Gets the outage file given by the user.
   *
   * @return the file, empty for the bundled data
   */
  Optional<Path> outages() {
    return Optional.ofNullable(outages);
  }

  /**
   * Gets the sample file given by the user.
   *
   * @return the file, empty for the bundled data
   */
  Optional<Path> samples() {
    return Optional.ofNullable(samples);
  }

  /**
   * Gets the quarter to evaluate.
   *
   * @return the quarter
   */
  YearQuarter quarter() {
    return quarter;
  }

  /**
   * Gets the instant of the help-desk screen.
   *
   * @return the instant
   */
  Instant screenAt() {
    return screenAt;
  }

  /**
   * Gets where the HTML report goes.
   *
   * @return the path
   */
  Path html() {
    return html;
  }

  /**
   * Checks if the user asked for the usage text.
   *
   * @return true for {@code --help}
   */
  boolean help() {
    return help;
  }
}
