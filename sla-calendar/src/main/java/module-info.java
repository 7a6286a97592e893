/**
 * Business calendars: coverage hours, holidays and zones, with exact business-time arithmetic.
 *
 * <p>The entry point is {@link dev.servicelevel.calendar.BusinessCalendar}.
 */
module dev.servicelevel.calendar {
  requires transitive org.threeten.extra;
  requires org.slf4j;

  exports dev.servicelevel.calendar;
}
