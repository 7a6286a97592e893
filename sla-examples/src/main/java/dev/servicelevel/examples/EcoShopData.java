package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The observations the example evaluates: ticket histories, outages and samples, each read from
 * the user's file or the bundled one. A file that cannot be read, or has a bad row, contributes
 * nothing; its error is kept for the report.
 */
final class EcoShopData {

  /** Where the bundled files are, relative to this class. */
  static final String BUNDLED = "ecoshop/";

  /**
   * A file that was read, or failed to be.
   *
   * @param file  the file as the user named it, or the bundled file's name
   * @param bundled  true for the bundled file
   * @param content  what the file held, empty when it failed
   * @param error  why it failed, empty when it was read
   */
  record Input<T>(String file, boolean bundled, Optional<T> content, Optional<IOException> error) {

    /**
     * Gets what the file held, or a fallback when it failed.
     *
     * @param fallback  what to use instead, such as an empty list
     * @return the content or the fallback
     */
    T orElse(T fallback) {
      return content.orElse(fallback);
    }
  }

  private final Input<List<TicketHistory>> tickets;
  private final Input<List<OutageRow>> outages;
  private final Input<List<SampleRow>> samples;

  private EcoShopData(Input<List<TicketHistory>> tickets, Input<List<OutageRow>> outages,
      Input<List<SampleRow>> samples) {
    this.tickets = tickets;
    this.outages = outages;
    this.samples = samples;
  }

  /**
   * Reads the files the options name, and the bundled ones for the rest.
   *
   * @param options  the options
   * @param agreements  the agreements, which know the services and measurement targets
   * @return the data with any errors
   */
  static EcoShopData load(EcoShopOptions options, List<Agreement> agreements) {
    Set<String> services = new TreeSet<>();
    Set<String> measured = new TreeSet<>();
    for (Agreement a : agreements) {
      a.services().stream().map(Service::id).forEach(services::add);
      for (MetricTarget t : a.targets()) {
        if (t instanceof MeasurementTarget) {
          measured.add(t.id());
        }
      }
    }
    return new EcoShopData(
        read(options.tickets(), "tickets.csv", TicketCsv::read),
        read(options.outages(), "outages.csv", (f, in) -> OutageCsv.read(f, in, services)),
        read(options.samples(), "samples.csv", (f, in) -> SampleCsv.read(f, in, measured)));
  }

  /** Reads one kind of file. */
  interface Parser<T> {
    /**
     * Reads a file's text.
     *
     * @param file  the file's name for messages
     * @param in  the text
     * @return what the file holds
     * @throws IOException if the file cannot be read or breaks the format
     */
    T parse(String file, Reader in) throws IOException;
  }

  private static <T> Input<T> read(Optional<Path> path, String bundledName, Parser<T> parser) {
    String file = path.map(Path::toString).orElse(bundledName);
    try (Reader in = open(path, bundledName)) {
      return new Input<>(file, path.isEmpty(), Optional.of(parser.parse(file, in)), Optional.empty());
    } catch (NoSuchFileException e) {
      return failed(file, path, new CsvFormatException(file, 0, 0, null, "does not exist"));
    } catch (AccessDeniedException e) {
      return failed(file, path, new CsvFormatException(file, 0, 0, null,
          "cannot be read: access denied"));
    } catch (CsvFormatException e) {
      return failed(file, path, e);
    } catch (IOException e) {
      return failed(file, path, new CsvFormatException(file, 0, 0, null,
          "cannot be read: " + Limits.shown(e.getMessage())));
    } catch (IllegalArgumentException | DateTimeException e) {
      // A value type of the library rejected what the reader let through.
      return failed(file, path, new CsvFormatException(file, 0, 0, null,
          "the library rejects the data: " + Limits.shown(e.getMessage())));
    }
  }

  private static <T> Input<T> failed(String file, Optional<Path> path, IOException e) {
    return new Input<>(file, path.isEmpty(), Optional.empty(), Optional.of(e));
  }

  private static Reader open(Optional<Path> path, String bundledName) throws IOException {
    if (path.isPresent()) {
      if (Files.isDirectory(path.get())) {
        throw new CsvFormatException(path.get().toString(), 0, 0, null,
            "is a directory, not a file");
      }
      // Malformed bytes become U+FFFD, which CsvTable reports with its line: a decoder that
      // throws would do so a buffer ahead, on the wrong line.
      return new InputStreamReader(Files.newInputStream(path.get()), StandardCharsets.UTF_8);
    }
    InputStream in = EcoShopData.class.getResourceAsStream(BUNDLED + bundledName);
    if (in == null) {
      throw new NoSuchFileException(BUNDLED + bundledName);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Gets the ticket histories.
   *
   * @return the input
   */
  Input<List<TicketHistory>> tickets() {
    return tickets;
  }

  /**
   * Gets the outages.
   *
   * @return the input
   */
  Input<List<OutageRow>> outages() {
    return outages;
  }

  /**
   * Gets the samples.
   *
   * @return the input
   */
  Input<List<SampleRow>> samples() {
    return samples;
  }

  /**
   * Lists the errors of the files that failed.
   *
   * @return the errors in the order tickets, outages, samples
   */
  List<IOException> errors() {
    List<IOException> errors = new ArrayList<>();
    tickets.error().ifPresent(errors::add);
    outages.error().ifPresent(errors::add);
    samples.error().ifPresent(errors::add);
    return errors;
  }
}
