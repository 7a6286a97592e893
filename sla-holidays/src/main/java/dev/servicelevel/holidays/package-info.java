/** Public holidays of countries and their subdivisions as business-calendar holidays. */
package dev.servicelevel.holidays;
