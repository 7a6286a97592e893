package dev.servicelevel.json;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.calendar.BusinessCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes agreement documents: YAML or JSON with {@code apiVersion:
 * servicelevel.dev/v1}, a {@code kind} ({@code Agreement}, {@code AgreementChain} or
 * {@code Calendar}), {@code metadata} and {@code spec}. The schema
 * ({@value AgreementSchema#RESOURCE}) describes every field.
 *
 * <pre>{@code
 * Documents docs = AgreementDocuments.readAll(Path.of("agreements"));
 * Agreement sla = docs.agreement("ecoshop-sla").orElseThrow();
 * String yaml = AgreementDocuments.toYaml(sla);   // reads back to an equal agreement
 * }</pre>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>A text is one JSON document or a YAML stream of documents separated by {@code ---};
 *       every document of the stream is read, none is skipped.</li>
 *   <li>Documents read together (one text, or every file of {@link #readAll(Path)}) may refer
 *       to one another: a window's calendar, or an operand of calendar algebra, may name a
 *       calendar of the agreement's own {@code calendars} or of a {@code Calendar} document
 *       (the agreement's own first); a chain names agreements by id or embeds them.</li>
 *   <li>Strict: an unknown field is an error unless its key starts with {@code x-}; a value of
 *       the wrong type is not converted; decimals are exact (JSON numbers or strings, never
 *       binary floating point); durations ISO-8601 ({@code PT30M}), dates ISO
 *       ({@code 2025-01-01}), local times {@code 08:00}, zones IANA ids.</li>
 *   <li>Every problem of the documents is collected with its place and rule and thrown
 *       together as a {@link DocumentException}; no agreement is returned from documents with
 *       problems. Safety limits are those of {@link Mappers}.</li>
 * </ul>
 * Reading never throws anything else for any text: no {@code StackOverflowError},
 * {@code OutOfMemoryError} (within the size cap) or unexplained runtime exception.
 *
 * <h2>Writing</h2>
 * Written documents read back to equal values. Decimals are written as strings in their exact
 * form, fields equal to the format's defaults are left out, and each window's calendar is
 * written once under the window's name in the agreement's {@code calendars}; algebra refers to
 * earlier calendars by name.
 *
 * <p>This class is thread-safe.
 */
public final class AgreementDocuments {

  /**
   * The most bytes {@link #readAll(Path)} reads from all files together (64 MiB): {@value}.
   * Each file is also limited to {@link Mappers#MAX_DOCUMENT_BYTES}.
   */
  public static final long MAX_TOTAL_BYTES = 16L * Mappers.MAX_DOCUMENT_BYTES;

  private static final String KIND_AGREEMENT = "Agreement";
  private static final String KIND_CHAIN = "AgreementChain";
  private static final String KIND_CALENDAR = "Calendar";

  private AgreementDocuments() {}

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads the documents of a text, YAML or JSON as detected ({@link DocumentFormat#detect}).
   *
   * @param text  the text, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of the documents
   */
  public static Documents read(String text) {
    Objects.requireNonNull(text, "text");
    return read(text, DocumentFormat.detect(text), "text");
  }

  /**
   * Reads the documents of a text in a given format.
   *
   * @param text  the text, not null
   * @param format  the format, not null
   * @param sourceName  the name problems are reported under, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of the documents
   */
  public static Documents read(String text, DocumentFormat format, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceName, "sourceName");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = TreeReader.read(text, format, sourceName, problems);
    return decode(docs, problems, null);
  }

  /**
   * Reads the documents of a text with documents read before: the text's windows and calendar
   * algebra may name the calendars of {@code known}, and its chains the agreements of
   * {@code known} (after the text's own). The result holds what the text defines.
   *
   * <pre>{@code
   * Documents library = AgreementDocuments.readAll(Path.of("agreements"));
   * Documents posted = AgreementDocuments.read(body, DocumentFormat.JSON, "request", library);
   * }</pre>
   *
   * @param text  the text, not null
   * @param format  the format, not null
   * @param sourceName  the name problems are reported under, not null
   * @param known  documents read before, not null
   * @return what the text's documents define, not null
   * @throws DocumentException listing every problem of the documents
   */
  public static Documents read(
      String text, DocumentFormat format, String sourceName, Documents known) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(known, "known");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = TreeReader.read(text, format, sourceName, problems);
    return decode(docs, problems, known);
  }

  /**
   * Reads several texts as documents read together (they may refer to one another's calendars
   * and agreements), each YAML or JSON as detected; for documents bundled as resources.
   *
   * <pre>{@code
   * Documents docs = AgreementDocuments.read(Map.of(
   *     "calendars.yaml", calendarsText, "sla.yaml", slaText));
   * }</pre>
   *
   * @param textsBySource  the texts by the names their problems are reported under, in the
   *     order to read them, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of every text
   */
  public static Documents read(Map<String, String> textsBySource) {
    Objects.requireNonNull(textsBySource, "textsBySource");
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = new ArrayList<>();
    textsBySource.forEach(
        (source, text) -> {
          Objects.requireNonNull(source, "textsBySource");
          Objects.requireNonNull(text, "textsBySource");
          docs.addAll(TreeReader.read(text, DocumentFormat.detect(text), source, problems));
        });
    return decode(docs, problems, null);
  }

  /**
   * Reads the documents of a stream of UTF-8 bytes, YAML or JSON as detected; reads at most
   * {@link Mappers#MAX_DOCUMENT_BYTES} bytes (and one more, to know it is too long). Does not
   * close the stream.
   *
   * @param in  the stream, not null
   * @param sourceName  the name problems are reported under, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of the documents
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Documents read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      bytes = in.readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + Limits.shown(sourceName), e);
    }
    Problems problems = new Problems();
    String text = TreeReader.text(bytes, sourceName, problems);
    if (text == null) {
      problems.throwIfAny();
    }
    return read(text, DocumentFormat.detect(text), sourceName);
  }

  /**
   * Reads the documents of a file: JSON for {@code .json}, YAML for {@code .yaml} and
   * {@code .yml}, otherwise as detected. Given a directory, reads it as
   * {@link #readAll(Path)} does.
   *
   * @param file  the file, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of the documents
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Documents read(Path file) {
    return readAll(file);
  }

  /**
   * Reads a file, or every {@code .yaml}, {@code .yml} and {@code .json} file under a
   * directory (in the order of their paths), as documents read together: they may refer to
   * one another's calendars and agreements. At most {@value #MAX_TOTAL_BYTES} bytes are read
   * in all; subdirectories are read up to 16 levels deep.
   *
   * @param fileOrDir  a file or a directory, not null
   * @return what the documents define, not null
   * @throws DocumentException listing every problem of every document
   * @throws UncheckedIOException if a file cannot be read or the directory listed
   */
  public static Documents readAll(Path fileOrDir) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(fileOrDir)) {
      try (Stream<Path> walk = Files.walk(fileOrDir, 16)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> DocumentFormat.ofFileName(p).isPresent())
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + Limits.shown(fileOrDir), e);
      }
    } else {
      files.add(fileOrDir);
    }
    Problems problems = new Problems();
    List<TreeReader.Parsed> docs = new ArrayList<>();
    long total = 0;
    for (Path file : files) {
      String source = file.toString();
      byte[] bytes;
      try {
        long size = Files.size(file);
        if (size > Mappers.MAX_DOCUMENT_BYTES) {
          problems.add(TreeReader.sizeProblem(size, source));
          continue;
        }
        total += size;
        if (total > MAX_TOTAL_BYTES) {
          problems.add(
              new Problem("", 0, 0, "size", "Documents read together must have at most "
                  + MAX_TOTAL_BYTES + " bytes; the files up to this one have " + total, source));
          break;
        }
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + Limits.shown(file), e);
      }
      String text = TreeReader.text(bytes, source, problems);
      if (text != null) {
        DocumentFormat format =
            DocumentFormat.ofFileName(file).orElseGet(() -> DocumentFormat.detect(text));
        docs.addAll(TreeReader.read(text, format, source, problems));
      }
    }
    return decode(docs, problems, null);
  }

  private static Documents decode(
      List<TreeReader.Parsed> docs, Problems problems, Documents known) {
    Decoding d = new Decoding(problems);
    List<Node> agreementDocs = new ArrayList<>();
    List<Node> chainDocs = new ArrayList<>();
    Map<String, Node> calendarSpecs = new LinkedHashMap<>();
    for (TreeReader.Parsed p : docs) {
      Node root = p.root();
      String kind = header(d, root);
      if (kind == null) {
        continue;
      }
      switch (kind) {
        case KIND_AGREEMENT:
          agreementDocs.add(root);
          break;
        case KIND_CHAIN:
          chainDocs.add(root);
          break;
        default:
          calendarDocument(d, root, calendarSpecs);
          break;
      }
    }
    CalendarReader.Scope knownScope = null;
    if (known != null) {
      Map<String, Node> names = new LinkedHashMap<>();
      Node none = Node.scalar(Node.Type.NULL, null, "", 0, 0, "known");
      known.calendars().keySet().forEach(name -> names.put(name, none));
      knownScope = new CalendarReader.Scope(null, names);
      knownScope.resolved.putAll(known.calendars());
    }
    CalendarReader.Scope global = new CalendarReader.Scope(knownScope, calendarSpecs);
    new CalendarReader(d).resolveAll(global);
    AgreementReader reader = new AgreementReader(d);
    Map<String, Agreement> agreements = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    for (Node root : agreementDocs) {
      Agreement a = reader.agreement(root, global);
      if (a != null) {
        putAgreement(d, agreements, a, root);
      } else {
        failed.add(declaredId(root));
      }
    }
    Map<String, AgreementChain> chains = new LinkedHashMap<>();
    Map<String, Agreement> members = new LinkedHashMap<>();
    if (known != null) {
      members.putAll(known.agreements());
    }
    members.putAll(agreements);
    for (Node root : chainDocs) {
      chainDocument(d, root, reader, global, members, failed, chains);
    }
    members.forEach(
        (id, a) -> {
          if (known == null || known.agreements().get(id) != a) {
            agreements.putIfAbsent(id, a);
          }
        });
    problems.throwIfAny();
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    calendarSpecs.keySet().forEach(name -> calendars.put(name, global.resolved.get(name)));
    return new Documents(agreements, chains, calendars);
  }

  /** Checks apiVersion and kind; returns the kind, or null after a problem. */
  private static String header(Decoding d, Node root) {
    if (!d.object(root, "A document", "apiVersion", "kind", "metadata", "spec")) {
      return null;
    }
    int before = d.count();
    Node version = d.required(root, "apiVersion", "A document");
    if (version != null && !ApiVersion.V1.equals(d.string(version))) {
      if (version.type == Node.Type.STRING) {
        d.problem(version, "document", "apiVersion must be " + ApiVersion.V1 + ": "
            + Limits.shown(version.text));
      }
    }
    Node kindNode = d.required(root, "kind", "A document");
    String kind = kindNode == null ? null : d.string(kindNode);
    if (kind != null
        && !kind.equals(KIND_AGREEMENT)
        && !kind.equals(KIND_CHAIN)
        && !kind.equals(KIND_CALENDAR)) {
      d.problem(kindNode, "document", "kind must be Agreement, AgreementChain or Calendar: "
          + Limits.shown(kind));
    }
    return d.count() == before ? kind : null;
  }

  private static void calendarDocument(Decoding d, Node root, Map<String, Node> specs) {
    Node meta = d.required(root, "metadata", "A Calendar document");
    Node spec = d.required(root, "spec", "A Calendar document");
    if (meta == null || spec == null || !d.object(meta, "Calendar metadata", "name")) {
      return;
    }
    String name = d.requiredString(meta, "name", "Calendar metadata");
    if (name == null) {
      return;
    }
    if (!AgreementReader.NAME.matcher(name).matches()) {
      d.problem(meta.get("name"), "format", "Calendar name must be letters, digits, '.', '_' or"
          + " '-', at most 200 characters: " + Limits.shown(name));
    } else if (specs.containsKey(name)) {
      d.problem(meta.get("name"), "reference", "Two Calendar documents have this name: "
          + Limits.shown(name));
    } else {
      specs.put(name, spec);
    }
  }

  /** The id an Agreement document declares, or null. */
  private static String declaredId(Node root) {
    Node meta = root.get("metadata");
    Node id = meta == null ? null : meta.get("id");
    return id != null && id.type == Node.Type.STRING ? id.text : null;
  }

  private static void putAgreement(
      Decoding d, Map<String, Agreement> agreements, Agreement a, Node at) {
    if (agreements.putIfAbsent(a.id(), a) != null) {
      Node meta = at.get("metadata");
      d.problem(meta == null ? at : meta.get("id"), "reference",
          "Two agreements have this id: " + Limits.shown(a.id()));
    }
  }

  private static void chainDocument(
      Decoding d,
      Node root,
      AgreementReader reader,
      CalendarReader.Scope global,
      Map<String, Agreement> agreements,
      Set<String> failed,
      Map<String, AgreementChain> chains) {
    int before = d.count();
    Node meta = d.required(root, "metadata", "An AgreementChain document");
    Node spec = d.required(root, "spec", "An AgreementChain document");
    String id = null;
    if (meta != null && d.object(meta, "AgreementChain metadata", "id")) {
      id = d.requiredString(meta, "id", "AgreementChain metadata");
    }
    if (spec == null || !d.object(spec, "AgreementChain spec", "agreements")) {
      return;
    }
    d.required(spec, "agreements", "AgreementChain spec");
    List<Agreement> members = new ArrayList<>();
    for (Node item : d.optionalList(spec, "agreements")) {
      if (item.type == Node.Type.STRING) {
        Agreement a = agreements.get(item.text);
        if (a == null && !failed.contains(item.text)) {
          d.problem(item, "reference", "No agreement has this id: " + Limits.shown(item.text));
        } else if (a == null) {
          // the agreement's own problems are reported; the chain cannot be built
          d.problem(item, "reference", "The agreement with this id has problems: "
              + Limits.shown(item.text));
        } else {
          members.add(a);
        }
      } else if (item.isObject()) {
        String kind = header(d, item);
        if (kind != null && !kind.equals(KIND_AGREEMENT)) {
          d.problem(item.get("kind"), "document", "A chain embeds Agreement documents only: "
              + Limits.shown(kind));
        } else if (kind != null) {
          Agreement a = reader.agreement(item, global);
          if (a != null) {
            putAgreement(d, agreements, a, item);
            members.add(a);
          } else {
            failed.add(declaredId(item));
          }
        }
      } else {
        d.problem(item, "type", "A chain member is an agreement id or an Agreement document,"
            + " not " + item.typeName());
      }
    }
    if (d.count() != before || id == null) {
      return;
    }
    AgreementChain chain = d.model(spec, () -> AgreementChain.of(members));
    if (chain != null && chains.putIfAbsent(id, chain) != null) {
      d.problem(meta.get("id"), "reference", "Two chains have this id: " + Limits.shown(id));
    }
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Writes an agreement as a YAML document.
   *
   * <pre>{@code
   * apiVersion: servicelevel.dev/v1
   * kind: Agreement
   * metadata:
   *   id: ecoshop-sla
   *   title: EcoShop online shop
   * spec:
   *   type: SLA
   *   ...
   * }</pre>
   *
   * @param agreement  the agreement, not null
   * @return the document, not null
   * @throws IllegalArgumentException if a window's calendar nests operations more than
   *     16 deep (a document nests at most
   *     {@value Mappers#MAX_DEPTH} levels)
   */
  public static String toYaml(Agreement agreement) {
    return yaml(AgreementWriter.agreementDocument(agreement));
  }

  /**
   * Writes an agreement as a JSON document.
   *
   * @param agreement  the agreement, not null
   * @return the document, not null
   * @throws IllegalArgumentException if a window's calendar nests operations more than
   *     16 deep
   */
  public static String toJson(Agreement agreement) {
    return json(AgreementWriter.agreementDocument(agreement));
  }

  /**
   * Writes an agreement chain as one YAML document that embeds its agreements.
   *
   * @param id  the chain document's id, not null
   * @param chain  the chain, not null
   * @return the document, not null
   * @throws IllegalArgumentException if a window's calendar nests operations more than
   *     16 deep
   */
  public static String toYaml(String id, AgreementChain chain) {
    return yaml(AgreementWriter.chainDocument(requireName(id, "id"), requireChain(chain)));
  }

  /**
   * Writes an agreement chain as one JSON document that embeds its agreements.
   *
   * @param id  the chain document's id, not null
   * @param chain  the chain, not null
   * @return the document, not null
   * @throws IllegalArgumentException if a window's calendar nests operations more than
   *     16 deep
   */
  public static String toJson(String id, AgreementChain chain) {
    return json(AgreementWriter.chainDocument(requireName(id, "id"), requireChain(chain)));
  }

  /**
   * Writes a named calendar as a YAML Calendar document.
   *
   * @param name  the calendar's name: letters, digits, '.', '_' or '-', not null
   * @param calendar  the calendar, not null
   * @return the document, not null
   * @throws IllegalArgumentException if the name is not valid, or the calendar nests
   *     operations more than 16 deep
   */
  public static String toYaml(String name, BusinessCalendar calendar) {
    return yaml(AgreementWriter.calendarDocument(requireName(name, "name"),
        Objects.requireNonNull(calendar, "calendar")));
  }

  /**
   * Writes a named calendar as a JSON Calendar document.
   *
   * @param name  the calendar's name: letters, digits, '.', '_' or '-', not null
   * @param calendar  the calendar, not null
   * @return the document, not null
   * @throws IllegalArgumentException if the name is not valid, or the calendar nests
   *     operations more than 16 deep
   */
  public static String toJson(String name, BusinessCalendar calendar) {
    return json(AgreementWriter.calendarDocument(requireName(name, "name"),
        Objects.requireNonNull(calendar, "calendar")));
  }

  private static AgreementChain requireChain(AgreementChain chain) {
    return Objects.requireNonNull(chain, "chain");
  }

  private static String requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!AgreementReader.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A document's " + what + " must be letters, digits, '.', '_' or '-', at most 200"
              + " characters: " + Limits.shown(name));
    }
    return name;
  }

  private static String yaml(JsonNode doc) {
    return Mappers.yaml().writeValueAsString(doc);
  }

  private static String json(JsonNode doc) {
    return Mappers.json().writeValueAsString(doc) + System.lineSeparator();
  }
}
