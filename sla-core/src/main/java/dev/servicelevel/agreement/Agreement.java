package dev.servicelevel.agreement;

import dev.servicelevel.style.MissingFieldException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * An agreement between a provider and a customer: an SLA with the customer, an OLA between
 * internal teams or an underpinning contract with a supplier. It holds the parties, the validity,
 * the zone its calendar periods are read in, the services it covers, its service windows and
 * metric targets, the credit policy and termination rules, each party's responsibilities, the
 * escalation procedure and the review schedule. Targets of OLAs and underpinning contracts name
 * the SLA targets they support ({@link MetricTarget#supports()}).
 *
 * <p>An agreement validates itself when built, so a broken agreement cannot exist: ids are
 * unique, every reference resolves (target to service and window, credit tiers and termination
 * rules to targets, escalations to levels), and only supporting agreements support other
 * targets. References between agreements are checked by {@link AgreementChain}.
 *
 * <p>Figures (shares, weights, money) are {@code BigDecimal}s. Rules compare them numerically,
 * but value equality is {@code BigDecimal.equals}, as in the JDK: an agreement written with
 * {@code 99.9} and one written with {@code 99.90} are both valid and not equal.
 *
 * <pre>{@code
 * Agreement sla = Agreement.builder()
 *     .id("ecoshop-sla").kind(AgreementKind.SLA).title("EcoShop online shop")
 *     .provider(Party.of("it", "ShopIT GmbH")).customer(Party.of("ecoshop", "EcoShop AG"))
 *     .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .addServices(Service.of("shop", "Online shop"))
 *     .addWindows(prime, prime.complement("non-prime"))
 *     .addTargets(shopPrime, shopNonPrime)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Agreement {

  Agreement() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a builder that holds this agreement's attributes, to build a changed copy: setting
   * an attribute replaces it, {@code addX} adds to a list and {@code x(Iterable)} replaces it.
   *
   * <pre>{@code
   * Agreement renewed = sla.toBuilder().validity(nextTerm).build();
   * }</pre>
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().mergeFrom(this);
  }

  /**
   * Gets the agreement's id.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets the kind of agreement.
   *
   * @return the kind, not null
   */
  public abstract AgreementKind kind();

  /**
   * Gets the agreement's title.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Gets the party that delivers the services.
   *
   * @return the provider, not null
   */
  public abstract Party provider();

  /**
   * Gets the party that receives the services.
   *
   * @return the customer, not null
   */
  public abstract Party customer();

  /**
   * Gets the dates the agreement is in force, a half-open range.
   *
   * <p>Bounds: it starts on or after 1900-01-01 and ends by 2400-01-01 (the supported dates
   * of {@link ReportingPeriod}) or is open-ended.
   *
   * @return the validity, not empty, not null
   */
  public abstract LocalDateRange validity();

  /**
   * Gets the zone the agreement's calendar periods (weeks, months, ...) are read in.
   *
   * @return the zone, not null
   */
  public abstract ZoneId zone();

  /**
   * Gets the services the agreement covers.
   *
   * @return the services, at least one, not null
   */
  public abstract List<Service> services();

  /**
   * Gets the service windows its targets count on.
   *
   * @return the windows, not null
   */
  public abstract List<ServiceWindow> windows();

  /**
   * Gets the metric targets, the provider's and the customer's.
   *
   * @return the targets, not null
   */
  public abstract List<MetricTarget> targets();

  /**
   * Gets the credit policy.
   *
   * @return the policy, empty when breaches owe no credits
   */
  public abstract Optional<CreditPolicy> creditPolicy();

  /**
   * Gets the termination rights.
   *
   * @return the rules, not null
   */
  public abstract List<TerminationRule> terminationRules();

  /**
   * Gets the duties of each party that are not measured as targets.
   *
   * @return the responsibilities, not null
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Gets the escalation procedure: its levels in order, level 1 first.
   *
   * @return the levels, not null
   */
  public abstract List<EscalationLevel> escalation();

  /**
   * Gets the review schedule.
   *
   * @return the schedule, empty when none is agreed
   */
  public abstract Optional<ReviewSchedule> reviewSchedule();

  /**
   * Gets the outage causes the agreement defines besides the predefined ones
   * ({@link OutageCause#predefined()}), such as announced maintenance or a customer's change.
   * An outage naming a cause the agreement does not define is unevaluable.
   *
   * @return the causes, each name once, none predefined, not null
   */
  public abstract List<OutageCause> outageCauses();

  /**
   * Returns a copy of this agreement with other services.
   *
   * @param services  the services, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withServices(Iterable<? extends Service> services);

  /**
   * Returns a copy of this agreement with other windows.
   *
   * @param windows  the windows, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withWindows(Iterable<? extends ServiceWindow> windows);

  /**
   * Returns a copy of this agreement with other targets.
   *
   * @param targets  the targets, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withTargets(Iterable<? extends MetricTarget> targets);

  /**
   * Returns a copy of this agreement with another credit policy.
   *
   * @param creditPolicy  the policy, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withCreditPolicy(CreditPolicy creditPolicy);

  /**
   * Returns a copy of this agreement with other termination rules.
   *
   * @param terminationRules  the rules, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withTerminationRules(
      Iterable<? extends TerminationRule> terminationRules);

  /**
   * Returns a copy of this agreement with another escalation procedure.
   *
   * @param escalation  the levels in order, not null
   * @return a validated copy, not null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withEscalation(Iterable<? extends EscalationLevel> escalation);

  /**
   * Finds a service by id.
   *
   * @param id  the service id, not null
   * @return the service, empty if the agreement has none with that id
   */
  public Optional<Service> service(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(servicesById().get(id));
  }

  /**
   * Finds a service window by name.
   *
   * @param name  the window name, not null
   * @return the window, empty if the agreement has none with that name
   */
  public Optional<ServiceWindow> window(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(windowsByName().get(name));
  }

  /**
   * Finds an outage cause the agreement defines by name: a predefined one or one of
   * {@link #outageCauses()}.
   *
   * @param name  the cause's name, not null
   * @return the cause, empty if the agreement defines none with that name
   */
  public Optional<OutageCause> outageCause(String name) {
    Objects.requireNonNull(name, "name");
    Optional<OutageCause> predefined = OutageCause.predefined(name);
    if (predefined.isPresent()) {
      return predefined;
    }
    return outageCauses().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Checks if the agreement defines an outage cause: a predefined one or one of
   * {@link #outageCauses()}, equal in name, exclusion and description.
   *
   * @param cause  the cause, not null
   * @return true if defined
   */
  public boolean defines(OutageCause cause) {
    Objects.requireNonNull(cause, "cause");
    return outageCause(cause.name()).equals(Optional.of(cause));
  }

  /**
   * Finds a target by id.
   *
   * @param id  the target id, not null
   * @return the target, empty if the agreement has none with that id
   */
  public Optional<MetricTarget> target(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(targetsById().get(id));
  }

  /**
   * Obtains a reference to one of this agreement's targets, for a supporting agreement to name.
   *
   * @param targetId  the id of a target of this agreement, not null
   * @return the reference, not null
   * @throws IllegalArgumentException if the agreement has no target with that id
   */
  public TargetRef ref(String targetId) {
    Checks.requireArgument(
        target(targetId).isPresent(), "Agreement has no target with this id", id(), targetId);
    return TargetRef.of(id(), targetId);
  }

  /**
   * Gets the targets of other agreements that this agreement's targets support.
   *
   * @return the supported targets in the order the targets name them, not null
   */
  public Set<TargetRef> supportedTargets() {
    Set<TargetRef> refs = new LinkedHashSet<>();
    targets().forEach(t -> refs.addAll(t.supports()));
    return refs;
  }

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this agreement with another id, checked like a built value.
   *
   * @param value  the id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withId(String value);

  /**
   * Returns a copy of this agreement with another kind, checked like a built value.
   *
   * @param value  the kind, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withKind(AgreementKind value);

  /**
   * Returns a copy of this agreement with another title, checked like a built value.
   *
   * @param value  the title, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withTitle(String value);

  /**
   * Returns a copy of this agreement with another provider, checked like a built value.
   *
   * @param value  the provider, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withProvider(Party value);

  /**
   * Returns a copy of this agreement with another customer, checked like a built value.
   *
   * @param value  the customer, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withCustomer(Party value);

  /**
   * Returns a copy of this agreement with another validity, checked like a built value.
   *
   * @param value  the validity, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withValidity(LocalDateRange value);

  /**
   * Returns a copy of this agreement with another zone, checked like a built value.
   *
   * @param value  the zone, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withZone(ZoneId value);

  /**
   * Returns a copy of this agreement with another services, checked like a built value.
   *
   * @param elements  the services, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withServices(Service... elements);

  /**
   * Returns a copy of this agreement with another windows, checked like a built value.
   *
   * @param elements  the windows, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withWindows(ServiceWindow... elements);

  /**
   * Returns a copy of this agreement with another targets, checked like a built value.
   *
   * @param elements  the targets, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withTargets(MetricTarget... elements);

  /**
   * Returns a copy of this agreement with another credit policy, checked like a built value.
   *
   * @param optional  the credit policy, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withCreditPolicy(Optional<? extends CreditPolicy> optional);

  /**
   * Returns a copy of this agreement with another termination rules, checked like a built
   * value.
   *
   * @param elements  the termination rules, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withTerminationRules(TerminationRule... elements);

  /**
   * Returns a copy of this agreement with another responsibilities, checked like a built
   * value.
   *
   * @param elements  the responsibilities, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withResponsibilities(Responsibility... elements);

  /**
   * Returns a copy of this agreement with another responsibilities, checked like a built
   * value.
   *
   * @param elements  the responsibilities, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withResponsibilities(Iterable<? extends Responsibility> elements);

  /**
   * Returns a copy of this agreement with another escalation, checked like a built value.
   *
   * @param elements  the escalation, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withEscalation(EscalationLevel... elements);

  /**
   * Returns a copy of this agreement with another review schedule, checked like a built
   * value.
   *
   * @param value  the review schedule, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withReviewSchedule(ReviewSchedule value);

  /**
   * Returns a copy of this agreement with another review schedule, checked like a built
   * value.
   *
   * @param optional  the review schedule, or empty for none, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if optional is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withReviewSchedule(Optional<? extends ReviewSchedule> optional);

  /**
   * Returns a copy of this agreement with other outage causes, checked like a built value.
   *
   * @param elements  the outage causes, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withOutageCauses(OutageCause... elements);

  /**
   * Returns a copy of this agreement with other outage causes, checked like a built value.
   *
   * @param elements  the outage causes, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if elements is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract Agreement withOutageCauses(Iterable<? extends OutageCause> elements);

  @Value.Check
  void check() {
    Checks.requireId("Agreement id", id());
    Checks.requireText("Agreement title", title());
    Checks.requireArgument(
        !provider().id().equals(customer().id()),
        "Provider and customer must be different parties",
        provider().id());
    Checks.requireArgument(!validity().isEmpty(), "Validity must not be empty", validity());
    Checks.requireArgument(
        !validity().isUnboundedStart()
            && !validity().getStart().isBefore(ReportingPeriod.FIRST_DATE)
            && (validity().isUnboundedEnd()
                || !validity().getEnd().isAfter(ReportingPeriod.END_DATE)),
        "Validity must start on or after "
            + ReportingPeriod.FIRST_DATE
            + " and end by "
            + ReportingPeriod.END_DATE
            + " or be open-ended",
        validity());
    Checks.requireArgument(!services().isEmpty(), "An agreement needs at least one service", id());
    Checks.requireUnique("Service id", ids(services(), Service::id));
    Checks.requireUnique("Window name", ids(windows(), ServiceWindow::name));
    Checks.requireUnique("Target id", ids(targets(), MetricTarget::id));
    Checks.requireUnique("Escalation level name", ids(escalation(), EscalationLevel::name));
    Checks.requireUnique("Outage cause name", ids(outageCauses(), OutageCause::name));
    for (OutageCause cause : outageCauses()) {
      Checks.requireArgument(
          !cause.isPredefined(), "Predefined outage causes need no definition", cause);
    }
    targets().forEach(this::checkTarget);
    creditPolicy().ifPresent(this::checkCredits);
    for (TerminationRule rule : terminationRules()) {
      for (String targetId : rule.targets()) {
        Checks.requireArgument(
            target(targetId).isPresent(), "Termination rule names an unknown target", targetId);
      }
    }
  }

  private void checkTarget(MetricTarget t) {
    Checks.requireArgument(
        service(t.service()).isPresent(), "Target names an unknown service", t.id(), t.service());
    Checks.requireArgument(
        window(t.window()).isPresent(), "Target names an unknown window", t.id(), t.window());
    Checks.requireArgument(
        t.supports().isEmpty() || kind().isSupporting(),
        "Only OLAs and underpinning contracts support other targets",
        t.id(),
        t.supports());
    for (TargetRef ref : t.supports()) {
      Checks.requireArgument(
          !ref.agreementId().equals(id()),
          "A target cannot support a target of its own agreement",
          t.id(),
          ref);
    }
    if (t instanceof AvailabilityTarget) {
      for (OutageCause cause : ((AvailabilityTarget) t).excludedCauses()) {
        Checks.requireArgument(
            defines(cause),
            "Target excludes an outage cause the agreement does not define",
            t.id(),
            cause.name());
      }
    }
    if (t instanceof TicketTimerTarget) {
      for (TimerThreshold threshold : ((TicketTimerTarget) t).thresholds()) {
        threshold
            .escalationLevel()
            .ifPresent(
                level ->
                    Checks.requireArgument(
                        level <= escalation().size(),
                        "Timer threshold names an escalation level the agreement lacks",
                        t.id(),
                        threshold,
                        escalation().size() + " levels"));
      }
    }
  }

  private void checkCredits(CreditPolicy policy) {
    for (TargetCredits credits : policy.targets()) {
      Optional<MetricTarget> t = target(credits.targetId());
      Checks.requireArgument(
          t.isPresent(), "Credit tiers name an unknown target", credits.targetId());
      Checks.requireArgument(
          t.get().period().equals(policy.billingPeriod()),
          "A target with credit tiers must be reported per billing period",
          credits.targetId(),
          t.get().period(),
          policy.billingPeriod());
    }
  }

  /** The services by id, the first of each id, so that lookups take constant time. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, Service> servicesById() {
    return index(services(), Service::id);
  }

  /** The windows by name, the first of each name. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, ServiceWindow> windowsByName() {
    return index(windows(), ServiceWindow::name);
  }

  /** The targets by id, the first of each id. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, MetricTarget> targetsById() {
    return index(targets(), MetricTarget::id);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> index = new HashMap<>();
    values.forEach(v -> index.putIfAbsent(key.apply(v), v));
    return Collections.unmodifiableMap(index);
  }

  private static <T> List<String> ids(List<T> values, Function<T, String> id) {
    List<String> ids = new ArrayList<>(values.size());
    values.forEach(v -> ids.add(id.apply(v)));
    return ids;
  }

  /**
   * Outputs a summary, such as {@code "SLA ecoshop-sla 'EcoShop online shop' (ShopIT GmbH (it)
   * -> EcoShop AG (ecoshop), 2025-01-01/2027-01-01, 5 targets)"}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s %s '%s' (%s -> %s, %s, %d targets)",
        kind(),
        id(),
        title(),
        provider(),
        customer(),
        validity(),
        targets().size());
  }

  /**
   * A builder of agreements; {@code id}, {@code kind}, {@code title}, {@code provider},
   * {@code customer}, {@code validity}, {@code zone} and a service are required.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /**
     * Builds the agreement.
     *
     * @return the agreement, not null
     * @throws IllegalStateException naming the type and the fields if a required field is missing
     * @throws IllegalArgumentException if the value breaks a rule
     */
    @Override
    public Agreement build() {
      return MissingFieldException.build(super::build);
    }
  }
}
