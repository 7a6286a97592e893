package dev.servicelevel.json;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.calendar.BusinessCalendar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a set of documents defines: agreements by id, agreement chains by id and named calendars
 * by name, each in the order read. Agreements embedded in a chain document are listed among the
 * agreements too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {

  private final Map<String, Agreement> agreements;
  private final Map<String, AgreementChain> chains;
  private final Map<String, BusinessCalendar> calendars;

  Documents(
      Map<String, Agreement> agreements,
      Map<String, AgreementChain> chains,
      Map<String, BusinessCalendar> calendars) {
    this.agreements = Collections.unmodifiableMap(new LinkedHashMap<>(agreements));
    this.chains = Collections.unmodifiableMap(new LinkedHashMap<>(chains));
    this.calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
  }

  /**
   * Gets the agreements by id, in the order read.
   *
   * @return the agreements, not null
   */
  public Map<String, Agreement> agreements() {
    return agreements;
  }

  /**
   * Gets the agreement chains by the ids of their documents, in the order read.
   *
   * @return the chains, not null
   */
  public Map<String, AgreementChain> chains() {
    return chains;
  }

  /**
   * Gets the named calendars of Calendar documents, in the order read.
   *
   * @return the calendars by name, not null
   */
  public Map<String, BusinessCalendar> calendars() {
    return calendars;
  }

  /**
   * Finds an agreement by id.
   *
   * @param id  the agreement's id, not null
   * @return the agreement, empty if none has that id
   */
  public Optional<Agreement> agreement(String id) {
    return Optional.ofNullable(agreements.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds an agreement chain by the id of its document.
   *
   * @param id  the chain document's id, not null
   * @return the chain, empty if none has that id
   */
  public Optional<AgreementChain> chain(String id) {
    return Optional.ofNullable(chains.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds a named calendar.
   *
   * @param name  the calendar's name, not null
   * @return the calendar, empty if none has that name
   */
  public Optional<BusinessCalendar> calendar(String name) {
    return Optional.ofNullable(calendars.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Checks if nothing was defined.
   *
   * @return true when there are no agreements, chains or calendars
   */
  public boolean isEmpty() {
    return agreements.isEmpty() && chains.isEmpty() && calendars.isEmpty();
  }

  /**
   * Outputs a summary, such as {@code "4 agreements, 1 chain, 0 calendars"}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return agreements.size() + " agreements " + agreements.keySet() + ", " + chains.size()
        + " chains " + chains.keySet() + ", " + calendars.size() + " calendars "
        + calendars.keySet();
  }
}
