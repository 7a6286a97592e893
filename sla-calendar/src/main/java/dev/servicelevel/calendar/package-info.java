/** Business calendars (coverage hours, holidays, zones) and exact business-time arithmetic. */
package dev.servicelevel.calendar;
