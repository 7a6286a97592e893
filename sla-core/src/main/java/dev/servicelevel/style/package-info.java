/**
 * The project's Immutables style and argument checks: implementation details of sla-core, not
 * exported.
 */
package dev.servicelevel.style;
