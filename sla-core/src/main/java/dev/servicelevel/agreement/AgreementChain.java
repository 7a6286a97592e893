package dev.servicelevel.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Bounds: none beyond memory. The references are checked without recursion, so chains of
 * thousands of agreements whose targets support one another in a line are built, compared,
 * hashed and printed without overflowing the stack.
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
    return of(Checks.requireNoNulls("agreements", agreements));
  }

  /**
   * Obtains a chain of agreements.
   *
   * @param agreements  the agreements, not null
   * @return the chain, not null
   * @throws IllegalArgumentException if the agreements break a rule of the chain
   */
  public static AgreementChain of(List<Agreement> agreements) {
    return ImmutableAgreementChain.of(Checks.requireNoNulls("agreements", agreements));
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
    requireNoCycle();
  }

  /**
   * Follows support references depth-first from every target, with a stack on the heap rather
   * than recursion, so that chains of any length are checked without overflowing the stack.
   */
  private void requireNoCycle() {
    Map<TargetRef, Set<TargetRef>> supports = new LinkedHashMap<>();
    for (Agreement a : agreements()) {
      for (MetricTarget t : a.targets()) {
        supports.put(TargetRef.of(a.id(), t.id()), t.supports());
      }
    }
    Set<TargetRef> done = new HashSet<>();
    Set<TargetRef> onPath = new HashSet<>();
    List<TargetRef> path = new ArrayList<>();
    Deque<Iterator<TargetRef>> next = new ArrayDeque<>();
    for (TargetRef start : supports.keySet()) {
      if (!done.add(start)) {
        continue;
      }
      path.add(start);
      onPath.add(start);
      next.push(supports.get(start).iterator());
      while (!next.isEmpty()) {
        Iterator<TargetRef> it = next.peek();
        if (!it.hasNext()) {
          next.pop();
          onPath.remove(path.remove(path.size() - 1));
          continue;
        }
        TargetRef ref = it.next();
        if (onPath.contains(ref)) {
          List<TargetRef> cycle = new ArrayList<>(path.subList(path.indexOf(ref), path.size()));
          cycle.add(ref);
          throw new IllegalArgumentException(
              Checks.message("Support references must not form a cycle", cycle));
        }
        if (done.add(ref) && supports.containsKey(ref)) {
          path.add(ref);
          onPath.add(ref);
          next.push(supports.get(ref).iterator());
        }
      }
    }
  }

  private static String family(MetricTarget t) {
    switch (t.kind()) {
      case AVAILABILITY:
        return "availability";
      case TICKET_TIMER:
        return "ticket timer";
      default: // MEASUREMENT
        return "measurement";
    }
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
