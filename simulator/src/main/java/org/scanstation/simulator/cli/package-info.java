/** The {@code simulator} command line: one subcommand per simulated device, and shifts. */
package org.scanstation.simulator.cli;
