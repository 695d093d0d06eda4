package io.rekindle.events;

import java.util.List;
import java.util.stream.Stream;

/**
 * Kafka topic names, one per aggregate. The {@code .v1} suffix is the topic's layout version, not an
 * event version: event types are versioned on their own inside a topic.
 */
public final class Topics {

    /** Contact lifecycle and subscription events; key = contact id. Owner: contact-service. */
    public static final String CONTACTS = "rekindle.contacts.v1";
    /** Account settings of this deployment; key = account id. Compacted. Owner: contact-service. */
    public static final String ACCOUNT = "rekindle.account.v1";
    /** Suppression list changes and complaints; key = normalised email address. Owner: suppression-service. */
    public static final String SUPPRESSIONS = "rekindle.suppressions.v1";
    /** External activity (orders) for contact-service to record; key = order id. Producers: shops, ERPs. */
    public static final String ACTIVITY = "rekindle.activity.v1";
    /** Sends and what recipients did with them (sent, opened, clicked, bounced, confirmed); key = contact id. Owner: campaign-service. */
    public static final String ENGAGEMENT = "rekindle.engagement.v1";

    /** The services that own a dead-letter topic each. */
    public static final List<String> SERVICES =
            List.of("contact-service", "segment-service", "campaign-service", "suppression-service");

    /**
     * Every topic the suite uses, to be created before the services start: a consumer subscribed to a
     * topic that does not exist yet only notices it at its next metadata refresh (minutes later).
     */
    public static final List<TopicSpec> ALL = Stream.concat(
            Stream.of(new TopicSpec(CONTACTS, 6, false), new TopicSpec(ACCOUNT, 1, true),
                    new TopicSpec(SUPPRESSIONS, 6, false), new TopicSpec(ACTIVITY, 3, false),
                    new TopicSpec(ENGAGEMENT, 6, false)),
            SERVICES.stream().map(service -> new TopicSpec(deadLetter(service), 1, false))).toList();

    private Topics() {
    }

    /** Dead-letter topic for the records a service's consumers could not process. */
    public static String deadLetter(String serviceName) {
        return "rekindle." + serviceName + ".dead-letter.v1";
    }
}
