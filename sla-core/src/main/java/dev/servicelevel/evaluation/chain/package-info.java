/**
 * Analysis of agreement chains (an SLA and the OLAs and underpinning contracts that support it):
 * the static weak links of {@link dev.servicelevel.evaluation.chain.ChainAnalysis#weakLinks
 * ChainAnalysis.weakLinks} and the breaches that coincide per period.
 */
@ValueStyle
package dev.servicelevel.evaluation.chain;

import dev.servicelevel.style.ValueStyle;
