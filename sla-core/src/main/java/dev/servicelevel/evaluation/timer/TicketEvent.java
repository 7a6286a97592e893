package dev.servicelevel.evaluation.timer;

import dev.servicelevel.agreement.Limits;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened to a ticket at an instant: an optional event type (such as
 * {@code "created"}, {@code "agent-reply"}, {@code "customer-reply"}) and the fields it set or
 * cleared (status, priority, service, assignee or any field of the host's).
 *
 * <pre>{@code
 * TicketEvent created = TicketEvent.builder()
 *     .at(Instant.parse("2024-11-25T09:00:00Z"))
 *     .type("created")
 *     .putFields("priority", "P2")
 *     .putFields("status", "open")
 *     .build();
 * TicketEvent waiting = TicketEvent.fieldChange(Instant.parse("2024-11-25T10:00:00Z"),
 *     "status", "waiting-on-customer");
 * }</pre>
 *
 * <p>The instant must be within the supported range, {@link Limits#EARLIEST} to
 * {@link Limits#LATEST} (1900 to 2400, the calendar's), or the event is rejected with a
 * {@link java.time.DateTimeException}; a blank type or field name, or a field both set and
 * cleared, with an {@link IllegalArgumentException}; a null with a {@link NullPointerException}
 * naming what is missing. Messages show long or unsafe texts cut and escaped
 * ({@link Limits#shown(Object)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TicketEvent {

  TicketEvent() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link TicketEvent}: {@code at} is required; {@code type}, {@code fields} and
   * {@code clearedFields} are optional.
   */
  public static final class Builder extends ImmutableTicketEvent.Builder {
    Builder() {}
  }

  /**
   * Obtains an event of a type with no field changes.
   *
   * @param at  the instant, within the supported range, not null
   * @param type  the event type, not blank
   * @return the event, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the type is blank
   * @throws java.time.DateTimeException if the instant is outside the supported range
   */
  public static TicketEvent of(Instant at, String type) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    return builder().at(at).type(type).build();
  }

  /**
   * Obtains an event of a type that sets fields.
   *
   * @param at  the instant, within the supported range, not null
   * @param type  the event type, not blank
   * @param fields  the fields set, by name, not null
   * @return the event, not null
   * @throws NullPointerException naming the parameter (or the field) if one is null
   * @throws IllegalArgumentException if the type or a field name is blank
   * @throws java.time.DateTimeException if the instant is outside the supported range
   */
  public static TicketEvent of(Instant at, String type, Map<String, String> fields) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fields, "fields");
    ImmutableTicketEvent.Builder b = builder().at(at).type(type);
    for (Map.Entry<String, String> f : fields.entrySet()) {
      String name = Objects.requireNonNull(f.getKey(), "field name");
      String value = f.getValue();
      if (value == null) {
        throw new NullPointerException("value of field " + Limits.shown(name));
      }
      b.putFields(name, value);
    }
    return b.build();
  }

  /**
   * Obtains an event without a type that sets one field.
   *
   * @param at  the instant, within the supported range, not null
   * @param field  the field name, not blank
   * @param value  the new value, not null
   * @return the event, not null
   * @throws NullPointerException naming the parameter if one is null
   * @throws IllegalArgumentException if the field name is blank
   * @throws java.time.DateTimeException if the instant is outside the supported range
   */
  public static TicketEvent fieldChange(Instant at, String field, String value) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    return builder().at(at).putFields(field, value).build();
  }

  /**
   * Gets the instant the event happened.
   *
   * @return the instant, not null
   */
  public abstract Instant at();

  /**
   * Gets the event's type, such as {@code "created"} or {@code "agent-reply"}.
   *
   * @return the type, empty for a plain field change
   */
  public abstract Optional<String> type();

  /**
   * Gets the fields this event set, by name.
   *
   * @return the new values, not null
   */
  public abstract Map<String, String> fields();

  /**
   * Gets the fields this event cleared (the ticket no longer has a value for them).
   *
   * @return the cleared field names, not null
   */
  public abstract Set<String> clearedFields();

  @Value.Check
  void check() {
    Limits.requireInstant("Event time", at());
    if (type().isPresent() && type().get().isBlank()) {
      throw new IllegalArgumentException(
          "Event type must not be blank: '" + Limits.shown(type().get()) + "'");
    }
    for (String name : fields().keySet()) {
      requireName(name);
      if (clearedFields().contains(name)) {
        throw new IllegalArgumentException(
            "A field cannot be set and cleared by one event: " + Limits.shown(name));
      }
    }
    for (String name : clearedFields()) {
      requireName(name);
    }
  }

  private static void requireName(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Field name must not be blank: '" + Limits.shown(name) + "'");
    }
  }

  /**
   * Outputs the event, such as {@code "2024-11-25T09:00:00Z created {priority=P2}"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(at().toString());
    type().ifPresent(t -> sb.append(' ').append(t));
    if (!fields().isEmpty()) {
      sb.append(' ').append(fields());
    }
    if (!clearedFields().isEmpty()) {
      sb.append(" cleared ").append(clearedFields());
    }
    return sb.toString();
  }
}
