/** Generators of calendars, instants, durations, ticket histories and agreements for property-based tests. */
package dev.servicelevel.testkit;
