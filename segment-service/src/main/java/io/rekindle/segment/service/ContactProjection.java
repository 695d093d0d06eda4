package io.rekindle.segment.service;

import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.segment.domain.ContactProfile;
import io.rekindle.segment.repository.ContactProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Applies contact events to the contact projection. Runs inside the consumer's transaction. */
@ApplicationScoped
public class ContactProjection {

    private final ContactProfileRepository profiles;

    ContactProjection(ContactProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ContactCreated event) {
        ContactProfile profile = profiles.findByIdOptional(event.contactId()).orElseGet(ContactProfile::new);
        profile.contactId = event.contactId();
        profile.email = event.email();
        profile.firstName = event.firstName();
        profile.lastName = event.lastName();
        profile.phone = event.phone();
        profile.createdAt = event.createdAt();
        if (!profiles.isPersistent(profile)) {
            profiles.persist(profile);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(ContactUpdated event) {
        profiles.findByIdOptional(event.contactId()).ifPresent(profile -> {
            profile.email = event.email();
            profile.firstName = event.firstName();
            profile.lastName = event.lastName();
            profile.phone = event.phone();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(ContactArchived event) {
        profiles.findByIdOptional(event.contactId()).ifPresent(profile -> profile.archivedAt = event.archivedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unarchived(ContactUnarchived event) {
        profiles.findByIdOptional(event.contactId()).ifPresent(profile -> profile.archivedAt = null);
    }

    /** GDPR: the copy of the personal data goes with the original; nothing of the contact is kept here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(ContactErased event) {
        profiles.deleteById(event.contactId());
    }
}
