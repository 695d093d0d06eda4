package io.rekindle.segment.service;

import io.rekindle.events.contact.ContactCreated;
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
}
