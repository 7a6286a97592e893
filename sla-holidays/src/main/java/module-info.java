/**
 * Public holidays of countries and their subdivisions, from Jollyday, as holidays of
 * servicelevel business calendars.
 *
 * <p>The entry point is {@link dev.servicelevel.holidays.CountryHolidays}.
 */
module dev.servicelevel.holidays {
  requires transitive dev.servicelevel.calendar;
  requires de.focus_shift.jollyday.core;

  exports dev.servicelevel.holidays;
}
