package org.scanstation.fleet.view;

/**
 * How far the group is behind on one partition of the outbox topic.
 *
 * @param partition the partition
 * @param end its end offset
 * @param committed the group's committed offset (0 when none yet)
 * @param lag records not yet answered and committed
 */
public record PartitionLag(int partition, long end, long committed, long lag) {}
