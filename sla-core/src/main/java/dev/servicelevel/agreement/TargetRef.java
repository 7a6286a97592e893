package dev.servicelevel.agreement;

import org.immutables.value.Value;

/**
 * A reference to a metric target of an agreement, by the agreement's id and the target's id:
 * how an OLA or underpinning contract names the SLA target it supports.
 *
 * <pre>{@code
 * TargetRef ref = TargetRef.of("ecoshop-sla", "p1-respond");
 * ref.toString();   // "ecoshop-sla/p1-respond"
 * }</pre>
 *
 * <p>Bounds: ids have at most 200 characters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class TargetRef {

  TargetRef() {}

  /**
   * Obtains a reference to a target.
   *
   * @param agreementId  the id of the agreement that holds the target, an id (letters, digits,
   *     '.', '_' or '-')
   * @param targetId  the id of the target within that agreement, an id
   * @return the reference, not null
   * @throws IllegalArgumentException if either id is malformed
   */
  public static TargetRef of(String agreementId, String targetId) {
    return ImmutableTargetRef.of(agreementId, targetId);
  }

  /**
   * Gets the id of the agreement that holds the target.
   *
   * @return the agreement id, not null
   */
  @Value.Parameter
  public abstract String agreementId();

  /**
   * Gets the id of the target within its agreement.
   *
   * @return the target id, not null
   */
  @Value.Parameter
  public abstract String targetId();

  // ---- copies -----------------------------------------------------------------------------------

  /**
   * Returns a copy of this target ref with another agreement id, checked like a built value.
   *
   * @param value  the agreement id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TargetRef withAgreementId(String value);

  /**
   * Returns a copy of this target ref with another target id, checked like a built value.
   *
   * @param value  the target id, not null
   * @return the copy, not null
   * @throws NullPointerException naming the attribute if value is or holds null
   * @throws IllegalArgumentException if the copy breaks a rule
   */
  public abstract TargetRef withTargetId(String value);

  @Value.Check
  void check() {
    Checks.requireId("Agreement id", agreementId());
    Checks.requireId("Target id", targetId());
  }

  /**
   * Outputs the reference as {@code agreementId/targetId}.
   *
   * @return the reference, not null
   */
  @Override
  public String toString() {
    return agreementId() + "/" + targetId();
  }
}
