package io.rekindle.events;

/** The data of a domain event. The aggregate id becomes the CloudEvents subject and the Kafka key. */
public interface EventPayload {

    /** Id of the aggregate the event is about; events of one aggregate share a partition and stay in order. */
    String aggregateId();
}
