package io.rekindle.events;

import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.events.activity.OrderPlaced;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.EmailDelivered;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailBounced;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsSent;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;
import java.util.List;
import java.util.Optional;

/** Every event type the suite publishes: the public event API, documented in docs/events.md. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(
            ContactCreated.TYPE,
            ContactUpdated.TYPE,
            ContactArchived.TYPE,
            ContactUnarchived.TYPE,
            ContactErased.TYPE,
            SubscriptionChanged.TYPE,
            OrderRecorded.TYPE,
            OrderPlaced.TYPE,
            AccountSettingsChanged.TYPE,
            AddressSuppressed.TYPE,
            AddressUnsuppressed.TYPE,
            ComplaintReceived.TYPE,
            EmailSent.TYPE,
            EmailDelivered.TYPE,
            EmailOpened.TYPE,
            EmailClicked.TYPE,
            EmailBounced.TYPE,
            PermissionPassConfirmed.TYPE,
            SmsSent.TYPE,
            SmsClicked.TYPE,
            UnsubscribeRequested.TYPE);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byCloudEventType(String type) {
        return ALL.stream().filter(t -> t.cloudEventType().equals(type)).findFirst();
    }
}
