/**
 * What happened and what it means: observations in (ticket histories, outages, measurements),
 * results out (timer states, compliance reports, credits), computed by stateless functions.
 */
@ValueStyle
package dev.servicelevel.evaluation;

import dev.servicelevel.style.ValueStyle;
