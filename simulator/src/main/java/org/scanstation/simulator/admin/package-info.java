/**
 * Watching and switching a running device's faults: an admin HTTP endpoint and console commands.
 */
package org.scanstation.simulator.admin;
