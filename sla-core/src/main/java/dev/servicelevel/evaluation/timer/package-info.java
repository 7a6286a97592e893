/**
 * Ticket histories and their timers (time to respond, to resolve, between updates): the events
 * of a ticket in, the state, deadline and thresholds of each timer cycle out, computed by the
 * stateless {@link dev.servicelevel.evaluation.timer.TicketTimers#evaluate TicketTimers.evaluate}.
 */
@ValueStyle
package dev.servicelevel.evaluation.timer;

import dev.servicelevel.style.ValueStyle;
