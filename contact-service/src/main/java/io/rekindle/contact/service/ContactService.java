package io.rekindle.contact.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.EmailAddress;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.repository.ConsentRecordRepository;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The contact lifecycle: create, change, archive, erase, find. Every change is published through the outbox. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final EventOutbox outbox;
    private final ConsentRecordRepository ledger;
    private final Clock clock;

    ContactService(ContactRepository contacts, ConsentRecordRepository ledger, EventOutbox outbox, Clock clock) {
        this.contacts = contacts;
        this.ledger = ledger;
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

    /** Fields to change; a null field is left as it is, an empty string clears it. */
    public record ContactChanges(String email, String firstName, String lastName, String phone) {
    }

    @Transactional
    public Contact update(UUID id, ContactChanges changes) {
        Contact contact = liveContact(id);
        if (changes.email() != null) {
            String email = EmailAddress.normalise(changes.email())
                    .orElseThrow(() -> ProblemException.invalid("email", "must be a valid email address"));
            if (!email.equals(contact.email) && contacts.findByEmail(email).isPresent()) {
                throw ProblemException.conflict("A contact with email " + email + " already exists");
            }
            contact.email = email;
        }
        if (changes.firstName() != null) {
            contact.firstName = blankToNull(changes.firstName());
        }
        if (changes.lastName() != null) {
            contact.lastName = blankToNull(changes.lastName());
        }
        if (changes.phone() != null) {
            contact.phone = blankToNull(changes.phone());
        }
        contact.updatedAt = clock.instant();
        outbox.record(ContactUpdated.TYPE, new ContactUpdated(contact.id, contact.email, contact.firstName,
                contact.lastName, contact.phone, contact.updatedAt));
        return contact;
    }

    /** Archiving twice is harmless: the second call changes and publishes nothing. */
    @Transactional
    public Contact archive(UUID id, String reason) {
        Contact contact = liveContact(id);
        if (!contact.isArchived()) {
            contact.archivedAt = clock.instant();
            contact.updatedAt = contact.archivedAt;
            outbox.record(ContactArchived.TYPE, new ContactArchived(contact.id, reason, contact.archivedAt));
        }
        return contact;
    }

    @Transactional
    public Contact unarchive(UUID id) {
        Contact contact = liveContact(id);
        if (contact.isArchived()) {
            contact.archivedAt = null;
            contact.updatedAt = clock.instant();
            outbox.record(ContactUnarchived.TYPE, new ContactUnarchived(contact.id, contact.updatedAt));
        }
        return contact;
    }

    /**
     * GDPR erasure: personal fields are removed and the ledger's personal evidence redacted; the row
     * stays as an anonymous tombstone so the ledger and the events that name this id stay consistent.
     */
    @Transactional
    public void erase(UUID id) {
        Contact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        if (contact.isErased()) {
            return;
        }
        contact.email = null;
        contact.firstName = null;
        contact.lastName = null;
        contact.phone = null;
        contact.erasedAt = clock.instant();
        contact.updatedAt = contact.erasedAt;
        ledger.redactPersonalEvidence(id);
        outbox.record(ContactErased.TYPE, new ContactErased(contact.id, contact.erasedAt));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact get(UUID id) {
        return liveContact(id);
    }

    /** Filters for listing contacts; null means "any". Erased contacts are never listed. */
    public record ContactQuery(String email, Boolean archived, UUID subscriptionTypeId, Channel channel,
            SubscriptionStatus status, String hardBounceReason) {
    }

    /** One page of contacts, newest first, with the total for the filter. */
    public record ContactPage(List<Contact> items, int page, int size, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactPage search(ContactQuery query, int page, int size) {
        StringBuilder where = new StringBuilder("from Contact c where c.erasedAt is null");
        Map<String, Object> parameters = new HashMap<>();
        if (query.email() != null && !query.email().isBlank()) {
            where.append(" and c.email like :email");
            parameters.put("email", "%" + query.email().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.archived() != null) {
            where.append(query.archived() ? " and c.archivedAt is not null" : " and c.archivedAt is null");
        }
        if (query.hardBounceReason() != null && !query.hardBounceReason().isBlank()) {
            if ("any".equals(query.hardBounceReason())) {
                where.append(" and c.hardBounceReason is not null");
            } else {
                where.append(" and c.hardBounceReason = :hardBounceReason");
                parameters.put("hardBounceReason", query.hardBounceReason());
            }
        }
        if (query.subscriptionTypeId() != null || query.status() != null || query.channel() != null) {
            // NOT_SPECIFIED has no row: it is the absence of a subscription for that type and channel.
            boolean notSpecified = query.status() == SubscriptionStatus.NOT_SPECIFIED;
            where.append(notSpecified ? " and not exists" : " and exists")
                    .append(" (select 1 from Subscription s where s.key.contactId = c.id");
            if (query.subscriptionTypeId() != null) {
                where.append(" and s.key.subscriptionTypeId = :typeId");
                parameters.put("typeId", query.subscriptionTypeId());
            }
            if (query.channel() != null) {
                where.append(" and s.key.channel = :channel");
                parameters.put("channel", query.channel());
            }
            if (query.status() != null && !notSpecified) {
                where.append(" and s.status = :status");
                parameters.put("status", query.status());
            }
            where.append(")");
        }
        PanacheQuery<Contact> found = contacts.find(where + " order by c.createdAt desc, c.id desc", parameters);
        List<Contact> items = found.page(Page.of(page, size)).list();
        return new ContactPage(items, page, size, found.count());
    }

    private Contact liveContact(UUID id) {
        return contacts.findByIdOptional(id).filter(c -> !c.isErased())
                .orElseThrow(() -> ProblemException.notFound("Contact", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
