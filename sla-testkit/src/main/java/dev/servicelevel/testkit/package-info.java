/** Generators of calendars, instants, durations and ticket histories for property-based tests. */
package dev.servicelevel.testkit;
