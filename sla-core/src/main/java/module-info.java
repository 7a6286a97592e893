/**
 * The immutable model of agreements ({@code dev.servicelevel.agreement}) and the pure evaluators
 * that turn observations into timer states, compliance reports and credits
 * ({@code dev.servicelevel.evaluation}).
 */
@SuppressWarnings("requires-automatic")
module dev.servicelevel.core {
  requires transitive dev.servicelevel.calendar;
  requires transitive org.threeten.extra;
  requires org.slf4j;
  // Immutables' annotations are read by the compiler only; nothing of Immutables is needed at
  // run time.
  requires static org.immutables.value.annotations;

  exports dev.servicelevel.agreement;
  exports dev.servicelevel.evaluation;
  exports dev.servicelevel.evaluation.chain;
  exports dev.servicelevel.evaluation.timer;
}
