package io.rekindle.contact.service;

import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.EmailAddress;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Creates and reads contacts; every change is recorded as an event in the same transaction. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final EventOutbox outbox;
    private final Clock clock;

    ContactService(ContactRepository contacts, EventOutbox outbox, Clock clock) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The new contact's data, already validated for shape by the REST layer. */
    public record NewContact(String email, String firstName, String lastName, String phone) {
    }

    @Transactional
    public Contact create(NewContact request) {
        String email = EmailAddress.normalise(request.email())
                .orElseThrow(() -> ProblemException.invalid("email", "must be a valid email address"));
        if (contacts.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("A contact with email " + email + " already exists");
        }
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.email = email;
        contact.firstName = blankToNull(request.firstName());
        contact.lastName = blankToNull(request.lastName());
        contact.phone = blankToNull(request.phone());
        contact.createdAt = clock.instant();
        contact.updatedAt = contact.createdAt;
        contacts.persist(contact);
        outbox.record(ContactCreated.TYPE, new ContactCreated(contact.id, contact.email, contact.firstName,
                contact.lastName, contact.phone, contact.createdAt));
        return contact;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact get(UUID id) {
        return contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
