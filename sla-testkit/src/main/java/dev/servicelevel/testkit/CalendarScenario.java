package dev.servicelevel.testkit;

import java.time.Duration;
import java.time.Instant;

/**
 * A generated case for calendar properties: rules, three instants in order and two amounts of
 * business time. Printed in full when a property fails.
 *
 * @param spec  the calendar rules
 * @param a  the first instant
 * @param b  the second instant, not before {@code a}
 * @param c  the third instant, not before {@code b}
 * @param d1  a business-time amount, not negative
 * @param d2  another business-time amount, not negative
 */
public record CalendarScenario(CalendarSpec spec, Instant a, Instant b, Instant c, Duration d1, Duration d2) {}
