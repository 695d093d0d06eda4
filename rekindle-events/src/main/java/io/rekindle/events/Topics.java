package io.rekindle.events;

/**
 * Kafka topic names, one per aggregate. The {@code .v1} suffix is the topic's layout version, not an
 * event version: event types are versioned on their own inside a topic.
 */
public final class Topics {

    /** Contact lifecycle and subscription events; key = contact id. Owner: contact-service. */
    public static final String CONTACTS = "rekindle.contacts.v1";
    /** Account settings of this deployment; key = account id. Compacted. Owner: contact-service. */
    public static final String ACCOUNT = "rekindle.account.v1";

    private Topics() {
    }

    /** Dead-letter topic for the records a service's consumers could not process. */
    public static String deadLetter(String serviceName) {
        return "rekindle." + serviceName + ".dead-letter.v1";
    }
}
