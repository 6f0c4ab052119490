/** USPS tracking numbers made by the simulator itself, independent of the station's parser. */
package org.scanstation.simulator.usps;
