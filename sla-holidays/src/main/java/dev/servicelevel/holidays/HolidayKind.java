package dev.servicelevel.holidays;

/**
 * The kinds of holiday Jollyday distinguishes; {@link CountryHolidays} takes
 * {@link #PUBLIC_HOLIDAY} only unless told otherwise.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HolidayKind {

  /**
   * A statutory public holiday: a day off by law for most employees. In the United Kingdom the
   * bank holidays of England, Wales, Scotland and Northern Ireland are of this kind.
   */
  PUBLIC_HOLIDAY,

  /**
   * A day on which banks close but which is not a public holiday by law (in the countries whose
   * data distinguishes the two).
   */
  BANK_HOLIDAY,

  /**
   * A day that is marked or celebrated but is normally a working day, such as Lincoln's Birthday
   * in New York.
   */
  OBSERVANCE
}
