/** Runnable scenarios of the servicelevel library and the report a person reads. */
module dev.servicelevel.examples {
  requires transitive dev.servicelevel.core;
  requires dev.servicelevel.calendar;
  requires org.slf4j;
  requires de.siegmar.fastcsv;
  requires dev.servicelevel.json;

  exports dev.servicelevel.examples;
}
