package io.rekindle.campaign.service;

import io.rekindle.campaign.domain.ContactCopy;
import io.rekindle.campaign.repository.ContactCopyRepository;
import io.rekindle.campaign.repository.ContactSubscriptionRepository;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.events.contact.SubscriptionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Applies contact events to the contact copy. Runs inside the consumer's transaction. */
@ApplicationScoped
public class ContactCopyProjection {

    private final ContactCopyRepository contacts;
    private final ContactSubscriptionRepository subscriptions;

    ContactCopyProjection(ContactCopyRepository contacts, ContactSubscriptionRepository subscriptions) {
        this.contacts = contacts;
        this.subscriptions = subscriptions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ContactCreated event) {
        ContactCopy contact = contacts.findByIdOptional(event.contactId()).orElseGet(ContactCopy::new);
        contact.contactId = event.contactId();
        contact.email = event.email();
        contact.firstName = event.firstName();
        contact.lastName = event.lastName();
        contact.createdAt = event.createdAt();
        if (!contacts.isPersistent(contact)) {
            contacts.persist(contact);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(ContactUpdated event) {
        contacts.findByIdOptional(event.contactId()).ifPresent(contact -> {
            contact.email = event.email();
            contact.firstName = event.firstName();
            contact.lastName = event.lastName();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(ContactArchived event) {
        contacts.findByIdOptional(event.contactId()).ifPresent(contact -> contact.archivedAt = event.archivedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unarchived(ContactUnarchived event) {
        contacts.findByIdOptional(event.contactId()).ifPresent(contact -> contact.archivedAt = null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void subscriptionChanged(SubscriptionChanged event) {
        subscriptions.upsert(event.contactId(), event.subscriptionTypeId(), event.channel(), event.newStatus(),
                event.changedAt());
    }

    /** GDPR: the copied personal data goes with the original, and so do the subscription rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(ContactErased event) {
        contacts.deleteById(event.contactId());
        subscriptions.deleteForContact(event.contactId());
    }
}
