/** Runnable scenarios: the EcoShop agreement evaluated end to end. */
package dev.servicelevel.examples;
