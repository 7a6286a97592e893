package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.json.AgreementDocuments;
import dev.servicelevel.json.DocumentException;
import dev.servicelevel.json.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agreements the example evaluates: the EcoShop documents bundled as resources (the one
 * definition of them), or the user's documents given with {@code --agreements FILE_OR_DIR}.
 *
 * <p>The bundled documents ({@code ecoshop/agreements/*.yaml} beside this class) are the SLA
 * between ShopIT (the IT provider) and EcoShop (the online retailer), the OLAs with ShopIT's
 * operations and development teams, the hosting underpinning contract with CloudHost, the
 * prime-time calendar they share (Monday to Saturday, 08:00 to 22:00 Berlin time) and the
 * chain of them. Their comments say what each agreement promises.
 *
 * <p>Documents define what is evaluated: their one {@code AgreementChain}, or else their one SLA
 * with every other agreement as its supporters.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EcoShopAgreements {

  /** The zone of the EcoShop agreements and of the bundled data. */
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The ticket field that holds the priority, {@code P1} to {@code P4}. */
  static final String PRIORITY = "priority";

  /** The ticket field that holds the status; {@code waiting-on-customer} pauses the clocks. */
  static final String STATUS = "status";

  /** The ticket field that names the team working on a ticket, such as {@code dev}. */
  static final String TEAM = "team";

  /** Where the bundled documents are, relative to this class. */
  static final String RESOURCES = "ecoshop/agreements/";

  /** The bundled documents, read together in this order. */
  static final List<String> BUNDLED_FILES =
      List.of("calendars.yaml", "ecoshop-sla.yaml", "ops-ola.yaml", "dev-ola.yaml",
          "hosting-uc.yaml", "ecoshop-chain.yaml");

  private static final EcoShopAgreements BUNDLED = readBundled();

  private final AgreementChain chain;
  private final Agreement sla;
  private final String source;
  private final boolean bundled;

  private EcoShopAgreements(AgreementChain chain, Agreement sla, String source, boolean bundled) {
    this.chain = chain;
    this.sla = sla;
    this.source = source;
    this.bundled = bundled;
  }

  /**
   * Gets the bundled EcoShop agreements.
   *
   * @return the agreements, not null
   */
  static EcoShopAgreements bundled() {
    return BUNDLED;
  }

  /**
   * Reads a user's agreement documents: a file, or every YAML and JSON file under a directory.
   *
   * @param fileOrDir  the file or directory, not null
   * @return the agreements, not null
   * @throws DocumentException if a document has problems (each with its place)
   * @throws IllegalArgumentException if the documents define no SLA to evaluate, or several
   * @throws UncheckedIOException if a file cannot be read
   */
  static EcoShopAgreements load(Path fileOrDir) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    return of(AgreementDocuments.readAll(fileOrDir), fileOrDir.toString(), false);
  }

  private static EcoShopAgreements readBundled() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : BUNDLED_FILES) {
      try (InputStream in = EcoShopAgreements.class.getResourceAsStream(RESOURCES + file)) {
        if (in == null) {
          throw new IllegalStateException("A bundled document is missing: " + RESOURCES + file);
        }
        texts.put(RESOURCES + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled document " + file, e);
      }
    }
    return of(AgreementDocuments.read(texts), "bundled", true);
  }

  /** The chain the documents define, with its SLA. */
  private static EcoShopAgreements of(Documents docs, String source, boolean bundled) {
    if (docs.chains().size() > 1) {
      throw new IllegalArgumentException("Documents " + Limits.shown(source)
          + " define several agreement chains; give one: " + docs.chains().keySet());
    }
    if (docs.chains().size() == 1) {
      AgreementChain chain = docs.chains().values().iterator().next();
      return new EcoShopAgreements(chain, onlySla(chain.agreements(), source), source, bundled);
    }
    List<Agreement> all = new ArrayList<>(docs.agreements().values());
    Agreement sla = onlySla(all, source);
    all.remove(sla);
    all.add(0, sla);
    return new EcoShopAgreements(AgreementChain.of(all), sla, source, bundled);
  }

  private static Agreement onlySla(List<Agreement> agreements, String source) {
    List<Agreement> slas = new ArrayList<>();
    agreements.forEach(a -> {
      if (a.kind() == AgreementKind.SLA) {
        slas.add(a);
      }
    });
    if (slas.size() != 1) {
      throw new IllegalArgumentException("Documents " + Limits.shown(source)
          + " must define exactly one SLA to evaluate (or one chain with one SLA): "
          + slas.size());
    }
    return slas.get(0);
  }

  /**
   * Gets the SLA evaluated.
   *
   * @return the SLA, not null
   */
  Agreement sla() {
    return sla;
  }

  /**
   * Gets the chain of the SLA and the agreements that support it.
   *
   * @return the chain, not null
   */
  AgreementChain chain() {
    return chain;
  }

  /**
   * Gets every agreement of the chain, in its order.
   *
   * @return the agreements, not null
   */
  List<Agreement> all() {
    return chain.agreements();
  }

  /**
   * Gets the agreements of the chain other than the SLA.
   *
   * @return the supporting agreements, in the chain's order, not null
   */
  List<Agreement> supporting() {
    List<Agreement> out = new ArrayList<>(chain.agreements());
    out.remove(sla);
    return out;
  }

  /**
   * Gets the zone the SLA reports in.
   *
   * @return the zone, not null
   */
  ZoneId zone() {
    return sla.zone();
  }

  /**
   * Gets where the agreements were read from.
   *
   * @return "bundled", or the file or directory given
   */
  String source() {
    return source;
  }

  /**
   * Checks if these are the bundled EcoShop agreements.
   *
   * @return true for the bundled documents
   */
  boolean isBundled() {
    return bundled;
  }
}
