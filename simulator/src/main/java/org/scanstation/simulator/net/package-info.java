/** TCP plumbing shared by the simulated devices. */
package org.scanstation.simulator.net;
