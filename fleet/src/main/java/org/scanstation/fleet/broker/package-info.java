/**
 * {@code fleet broker}: a single-node KRaft Kafka (broker and controller in one process) started
 * from the Kafka jars on the classpath, for trying the fleet on one machine.
 */
package org.scanstation.fleet.broker;
