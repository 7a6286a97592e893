/** Generators of business calendars, instants and durations for property-based tests. */
package dev.servicelevel.testkit;
