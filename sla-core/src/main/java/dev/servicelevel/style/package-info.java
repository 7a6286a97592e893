/** The project's Immutables style (an implementation detail, not exported). */
package dev.servicelevel.style;
