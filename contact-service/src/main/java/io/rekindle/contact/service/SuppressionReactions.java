package io.rekindle.contact.service;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What contact-service does when suppression-service reports on an address. Addresses that match no
 * contact (a bounce for an address since erased, a complaint about a transactional mail) change nothing.
 */
@ApplicationScoped
public class SuppressionReactions {

    private static final String HARD_BOUNCE = "hard-bounce";

    private final ContactRepository contacts;
    private final SubscriptionService subscriptions;

    SuppressionReactions(ContactRepository contacts, SubscriptionService subscriptions) {
        this.contacts = contacts;
        this.subscriptions = subscriptions;
    }

    /** A spam complaint is the clearest "stop": the contact leaves every marketing type on email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintReceived(ComplaintReceived complaint) {
        contacts.findByEmail(complaint.address()).filter(contact -> !contact.isErased()).ifPresent(contact -> {
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("feedbackType", String.valueOf(complaint.feedbackType()));
            evidence.put("complaintSource", String.valueOf(complaint.source()));
            if (complaint.sendId() != null) {
                evidence.put("sendId", complaint.sendId());
            }
            evidence.put("receivedAt", complaint.receivedAt().toString());
            subscriptions.unsubscribeFromAll(contact.id, Channel.EMAIL, new SubscriptionService.Consent(
                    ConsentSource.COMPLAINT, LegalBasis.NOT_APPLICABLE, false, evidence, "suppression-service"));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addressSuppressed(AddressSuppressed suppressed) {
        contacts.findByEmail(suppressed.address()).ifPresent(contact -> {
            contact.suppressedAt = suppressed.suppressedAt();
            if (HARD_BOUNCE.equals(suppressed.category())) {
                contact.hardBounceReason = suppressed.reason() == null ? "unknown" : suppressed.reason();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addressUnsuppressed(AddressUnsuppressed unsuppressed) {
        contacts.findByEmail(unsuppressed.address()).ifPresent(SuppressionReactions::clearBounceSummary);
    }

    private static void clearBounceSummary(Contact contact) {
        contact.suppressedAt = null;
        contact.hardBounceReason = null;
    }
}
