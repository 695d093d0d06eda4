package io.rekindle.events;

/**
 * How a topic is created: partitions bound the consumers of one group that can work in parallel;
 * compacted topics keep the newest record per key for ever (full-state events such as account settings).
 */
public record TopicSpec(String name, int partitions, boolean compacted) {
}
