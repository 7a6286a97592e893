/**
 * The immutable model of what was agreed: agreements, service windows, targets, credits and
 * termination rules.
 */
@ValueStyle
package dev.servicelevel.agreement;

import dev.servicelevel.style.ValueStyle;
