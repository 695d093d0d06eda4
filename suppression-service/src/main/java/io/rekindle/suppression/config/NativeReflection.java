package io.rekindle.suppression.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;

/**
 * Event payloads this service writes or reads with Jackson through EventCodec, which Quarkus cannot see
 * as REST types: registered so that a native image can (de)serialise them.
 */
@RegisterForReflection(targets = {AddressSuppressed.class, AddressUnsuppressed.class, ComplaintReceived.class,
        ContactCreated.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
