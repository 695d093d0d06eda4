package io.rekindle.platform;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.events.activity.OrderPlaced;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.events.engagement.EmailBounced;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailDelivered;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.SmsSent;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;

/**
 * Registers the event envelope and every payload for reflection: {@code EventCodec} reads and writes
 * them with its own Jackson mapper, which a native image can only do for registered classes.
 * {@code EventReflectionTest} fails when a type in {@code EventCatalog} is missing here.
 */
@RegisterForReflection(targets = {
        EventEnvelope.class,
        AccountSettingsChanged.class,
        OrderPlaced.class,
        ContactArchived.class,
        ContactCreated.class,
        ContactErased.class,
        ContactUnarchived.class,
        ContactUpdated.class,
        OrderRecorded.class,
        SubscriptionChanged.class,
        EmailBounced.class,
        EmailClicked.class,
        EmailDelivered.class,
        EmailOpened.class,
        EmailSent.class,
        PermissionPassConfirmed.class,
        SmsClicked.class,
        SmsSent.class,
        AddressSuppressed.class,
        AddressUnsuppressed.class,
        ComplaintReceived.class,
        UnsubscribeRequested.class})
public final class EventReflection {

    private EventReflection() {
    }
}
