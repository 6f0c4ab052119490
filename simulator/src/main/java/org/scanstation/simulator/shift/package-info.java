/**
 * A packer's shift of scans with the outcome each should get: {@link
 * org.scanstation.simulator.shift.ShiftPlan}, played by {@link
 * org.scanstation.simulator.shift.ShiftRunner}.
 */
package org.scanstation.simulator.shift;
