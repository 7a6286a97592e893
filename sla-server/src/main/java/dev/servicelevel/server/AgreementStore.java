package dev.servicelevel.server;

import dev.servicelevel.agreement.Limits;
import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.json.DocumentException;
import dev.servicelevel.json.DocumentFormat;
import dev.servicelevel.json.Documents;
import dev.servicelevel.json.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agreement documents through sla-json: the ones the service starts with (a file or directory,
 * or the bundled EcoShop documents) and the ones sent to be validated, with sla-json's located
 * problems turned into HTTP problems.
 */
final class AgreementStore {

  /** The bundled EcoShop documents, resources beside this class, in the order they are read. */
  static final List<String> BUNDLED = List.of(
      "calendars.yaml", "ecoshop-sla.yaml", "ops-ola.yaml", "dev-ola.yaml", "hosting-uc.yaml",
      "ecoshop-chain.yaml");

  private AgreementStore() {}

  /**
   * Reads the documents the service starts with.
   *
   * @throws DocumentException listing every problem of every document
   * @throws UncheckedIOException if a file cannot be read
   */
  static Documents load(Optional<Path> source) {
    if (source.isPresent()) {
      return AgreementDocuments.readAll(source.get());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : BUNDLED) {
      try (InputStream in = AgreementStore.class.getResourceAsStream("agreements/" + name)) {
        if (in == null) {
          throw new IllegalStateException("Bundled document is missing: " + name);
        }
        texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return AgreementDocuments.read(texts);
  }

  /**
   * Reads documents sent to be validated. A document may name the calendars the service was
   * started with: when it has reference problems, it is read again together with them (the
   * service's calendars are then left out of the answer).
   */
  static Documents validate(byte[] body, DocumentFormat format, Catalog catalog) {
    String text = utf8(body);
    try {
      return AgreementDocuments.read(text, format, "request body");
    } catch (DocumentException first) {
      boolean references = first.problems().stream().anyMatch(p -> p.rule().equals("reference"));
      if (!references || catalog.calendarTexts().isEmpty()) {
        throw problem(first);
      }
      Map<String, String> texts = new LinkedHashMap<>(catalog.calendarTexts());
      texts.put("request body", text);
      try {
        return AgreementDocuments.read(texts);
      } catch (DocumentException second) {
        // Read with the service's calendars, the problems left are the body's own.
        List<Problem> own = second.problems().stream()
            .filter(p -> p.source().equals("request body")).toList();
        throw problem(own.isEmpty() ? second.problems() : own);
      }
    }
  }

  static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProblem(HttpProblem.Type.MALFORMED, "Request body is not UTF-8 text",
          List.of(new HttpProblem.Located("", 0, 0, "encoding",
              "Request body is not UTF-8 text")));
    }
  }

  /**
   * Turns sla-json's problems into one HTTP problem: 400 if the text is not YAML or JSON at all
   * (a syntax or encoding problem, with line and column), otherwise 422 with a JSON pointer for
   * every problem.
   */
  static HttpProblem problem(DocumentException e) {
    return problem(e.problems());
  }

  static HttpProblem problem(List<Problem> problems) {
    List<HttpProblem.Located> located = new ArrayList<>();
    boolean syntax = false;
    for (Problem p : problems) {
      syntax |= p.rule().equals("syntax") || p.rule().equals("encoding");
      located.add(new HttpProblem.Located(p.pointer(), p.line(), p.column(), p.rule(),
          p.message()));
    }
    Problem first = problems.get(0);
    String where = first.line() > 0 ? "line " + first.line() + ", column " + first.column()
        : first.pointer().isEmpty() ? "the document" : first.pointer();
    String detail = problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in the document; first at " + where
        + (first.line() > 0 && !first.pointer().isEmpty() ? " (" + first.pointer() + ")" : "")
        + ": " + Limits.shown(first.message());
    return new HttpProblem(
        syntax ? HttpProblem.Type.MALFORMED : HttpProblem.Type.INVALID, detail, located);
  }
}
