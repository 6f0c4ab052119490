/** The {@code fleet} command line: the entry point of {@code fleet.jar}. */
package org.scanstation.fleet.cli;
