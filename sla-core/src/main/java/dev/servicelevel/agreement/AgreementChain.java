package dev.servicelevel.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A set of agreements that support one another: an SLA and the OLAs and underpinning contracts
 * whose targets support its targets. The chain checks the references between them.
 *
 * <p>Rules: agreement ids are unique; a reference to an agreement of the chain names one of its
 * targets; a target supports only targets of its own family (availability supports
 * availability, ticket timers support ticket timers, measurements support measurements); and
 * references do not form a cycle. A reference to an agreement outside the chain is allowed (an
 * OLA may support several SLAs) and left unresolved.
 *
 * <pre>{@code
 * AgreementChain chain = AgreementChain.of(sla, opsOla, devOla, hostingUc);
 * chain.supportersOf(sla.ref("p1-respond"));   // [ops-ola/respond]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class AgreementChain {

  AgreementChain() {}

  /**
   * Obtains a chain of agreements.
   *
   * @param agreements  the agreements, not null
   * @return the chain, not null
   * @throws IllegalArgumentException if the agreements break a rule of the chain
   */
  public static AgreementChain of(Agreement... agreements) {
    return of(Arrays.asList(agreements));
  }

  /**
   * Obtains a chain of agreements.
   *
   * @param agreements  the agreements, not null
   * @return the chain, not null
   * @throws IllegalArgumentException if the agreements break a rule of the chain
   */
  public static AgreementChain of(List<Agreement> agreements) {
    return ImmutableAgreementChain.of(agreements);
  }

  /**
   * Gets the agreements in the order given.
   *
   * @return the agreements, not null
   */
  @Value.Parameter
  public abstract List<Agreement> agreements();

  /**
   * Finds an agreement by id.
   *
   * @param id  the agreement id, not null
   * @return the agreement, empty if the chain has none with that id
   */
  public Optional<Agreement> agreement(String id) {
    Objects.requireNonNull(id, "id");
    return agreements().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Finds the target a reference names.
   *
   * @param ref  the reference, not null
   * @return the target, empty if its agreement is not in the chain
   */
  public Optional<MetricTarget> target(TargetRef ref) {
    Objects.requireNonNull(ref, "ref");
    return agreement(ref.agreementId()).flatMap(a -> a.target(ref.targetId()));
  }

  /**
   * Lists the targets of the chain that directly support a target.
   *
   * @param ref  the supported target, not null
   * @return references to the supporting targets, in the chain's order, not null
   */
  public List<TargetRef> supportersOf(TargetRef ref) {
    Objects.requireNonNull(ref, "ref");
    List<TargetRef> supporters = new ArrayList<>();
    for (Agreement a : agreements()) {
      for (MetricTarget t : a.targets()) {
        if (t.supports().contains(ref)) {
          supporters.add(TargetRef.of(a.id(), t.id()));
        }
      }
    }
    return supporters;
  }

  @Value.Check
  void check() {
    List<String> ids = new ArrayList<>();
    agreements().forEach(a -> ids.add(a.id()));
    Checks.requireUnique("Agreement id", ids);
    for (Agreement a : agreements()) {
      for (MetricTarget t : a.targets()) {
        for (TargetRef ref : t.supports()) {
          if (agreement(ref.agreementId()).isEmpty()) {
            continue;
          }
          Optional<MetricTarget> supported = target(ref);
          Checks.requireArgument(
              supported.isPresent(),
              "Target supports an unknown target",
              TargetRef.of(a.id(), t.id()),
              ref);
          Checks.requireArgument(
              family(t).equals(family(supported.get())),
              "A target supports only targets of its own family",
              TargetRef.of(a.id(), t.id()) + " (" + family(t) + ")",
              ref + " (" + family(supported.get()) + ")");
        }
      }
    }
    for (Agreement a : agreements()) {
      for (MetricTarget t : a.targets()) {
        requireNoCycle(TargetRef.of(a.id(), t.id()), new ArrayList<>(), new HashSet<>());
      }
    }
  }

  /** Follows support references depth-first from {@code ref}; {@code path} is the way here. */
  private void requireNoCycle(TargetRef ref, List<TargetRef> path, Set<TargetRef> done) {
    int at = path.indexOf(ref);
    if (at >= 0) {
      List<TargetRef> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(ref);
      throw new IllegalArgumentException(
          Checks.message("Support references must not form a cycle", cycle));
    }
    if (!done.add(ref)) {
      return;
    }
    Optional<MetricTarget> t = target(ref);
    if (t.isEmpty()) {
      return;
    }
    path.add(ref);
    for (TargetRef next : t.get().supports()) {
      requireNoCycle(next, path, done);
    }
    path.remove(path.size() - 1);
  }

  private static String family(MetricTarget t) {
    if (t instanceof AvailabilityTarget) {
      return "availability";
    }
    return t instanceof TicketTimerTarget ? "ticket timer" : "measurement";
  }

  /**
   * Outputs the chain as the ids of its agreements.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    agreements().forEach(a -> ids.add(a.kind() + " " + a.id()));
    return "chain " + ids;
  }
}
