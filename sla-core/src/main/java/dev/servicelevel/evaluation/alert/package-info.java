/**
 * Multi-window, multi-burn-rate alerts: which alert conditions fire for a target as of an instant,
 * with each window's exact burn rate.
 */
@ValueStyle
package dev.servicelevel.evaluation.alert;

import dev.servicelevel.style.ValueStyle;
