package io.rekindle.contact.service;

import io.rekindle.contact.config.AccountConfig;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentPolicy;
import io.rekindle.contact.domain.ConsentRecord;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.Subscription;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.repository.AccountSettingsRepository;
import io.rekindle.contact.repository.ConsentRecordRepository;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.contact.repository.SubscriptionRepository;
import io.rekindle.contact.repository.SubscriptionTypeRepository;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes subscription statuses. Every change passes {@link ConsentPolicy}, is written to the consent
 * ledger and published as {@code SubscriptionChanged}, all in one transaction.
 */
@ApplicationScoped
public class SubscriptionService {

    private final ContactRepository contacts;
    private final SubscriptionTypeRepository types;
    private final SubscriptionRepository subscriptions;
    private final ConsentRecordRepository ledger;
    private final AccountSettingsRepository accountSettings;
    private final AccountConfig accountConfig;
    private final EventOutbox outbox;
    private final Clock clock;

    SubscriptionService(ContactRepository contacts, SubscriptionTypeRepository types, SubscriptionRepository subscriptions,
            ConsentRecordRepository ledger, AccountSettingsRepository accountSettings, AccountConfig accountConfig,
            EventOutbox outbox, Clock clock) {
        this.contacts = contacts;
        this.types = types;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.accountSettings = accountSettings;
        this.accountConfig = accountConfig;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Who asked for a change and on what grounds; becomes the consent record. */
    public record Consent(ConsentSource source, LegalBasis legalBasis, boolean doubleOptIn,
            Map<String, String> evidence, String recordedBy) {

        public Consent {
            evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        }
    }

    /** Sets one status. Setting the status it already has records nothing and publishes nothing. */
    @Transactional
    public Subscription change(UUID contactId, UUID typeId, Channel channel, SubscriptionStatus status, Consent consent) {
        Contact contact = lockedLiveContact(contactId);
        SubscriptionType type = types.findByIdOptional(typeId)
                .filter(t -> t.archivedAt == null)
                .orElseThrow(() -> ProblemException.notFound("Subscription type", typeId));
        return apply(contact, type.id, channel, status, consent);
    }

    /**
     * Like {@link #change}, for changes another service reports after the fact (a permission-pass click
     * by a contact who unsubscribed meanwhile): a refusal by the consent rules records nothing and is
     * returned instead of thrown, so the caller's transaction stays usable.
     */
    @Transactional
    public Optional<ConsentPolicy.Refusal> changeIfAllowed(UUID contactId, UUID typeId, Channel channel,
            SubscriptionStatus status, Consent consent) {
        Contact contact = contacts.findByIdOptional(contactId).filter(c -> !c.isErased()).orElse(null);
        SubscriptionType type = types.findByIdOptional(typeId).filter(t -> t.archivedAt == null).orElse(null);
        if (contact == null || type == null) {
            return Optional.of(new ConsentPolicy.Refusal(contact == null ? "contactId" : "subscriptionTypeId",
                    "does not exist"));
        }
        Subscription current = subscriptions.findByIdOptional(new Subscription.Key(contactId, typeId, channel)).orElse(null);
        Optional<ConsentPolicy.Refusal> refusal = ConsentPolicy.check(new ConsentPolicy.Change(
                current == null ? SubscriptionStatus.NOT_SPECIFIED : current.status, status, consent.source(),
                consent.legalBasis(), consent.evidence(), resubscriptionThroughFormsEnabled()));
        if (refusal.isEmpty()) {
            apply(lockedLiveContact(contactId), typeId, channel, status, consent);
        }
        return refusal;
    }

    /** Unsubscribes a contact from every subscription type on a channel ("all marketing"). */
    @Transactional
    public List<Subscription> unsubscribeFromAll(UUID contactId, Channel channel, Consent consent) {
        Contact contact = lockedLiveContact(contactId);
        List<Subscription> changed = new ArrayList<>();
        for (SubscriptionType type : types.listActive()) {
            changed.add(apply(contact, type.id, channel, SubscriptionStatus.UNSUBSCRIBED, consent));
        }
        return changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> of(UUID contactId) {
        liveContact(contactId);
        return subscriptions.forContact(contactId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecord> ledgerOf(UUID contactId) {
        liveOrErasedContact(contactId);
        return ledger.forContact(contactId);
    }

    private Subscription apply(Contact contact, UUID typeId, Channel channel, SubscriptionStatus status, Consent consent) {
        Subscription.Key key = new Subscription.Key(contact.id, typeId, channel);
        Subscription subscription = subscriptions.findByIdOptional(key).orElse(null);
        SubscriptionStatus current = subscription == null ? SubscriptionStatus.NOT_SPECIFIED : subscription.status;
        boolean reconfirmation = consent.source() == ConsentSource.PERMISSION_PASS;
        boolean unchanged = subscription != null && current == status && !reconfirmation
                && !(consent.doubleOptIn() && subscription.doubleOptInConfirmedAt == null);
        if (unchanged) {
            return subscription;
        }
        ConsentPolicy.check(new ConsentPolicy.Change(current, status, consent.source(), consent.legalBasis(),
                consent.evidence(), resubscriptionThroughFormsEnabled())).ifPresent(refusal -> {
                    throw new ProblemException(422, "Consent rule", refusal.reason(),
                            List.of(new Problem.Violation(refusal.field(), refusal.reason())));
                });

        Instant now = clock.instant();
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.contactId = contact.id;
        record.subscriptionTypeId = typeId;
        record.channel = channel;
        record.previousStatus = current;
        record.newStatus = status;
        record.source = consent.source();
        record.legalBasis = consent.legalBasis();
        record.doubleOptIn = consent.doubleOptIn();
        record.evidence = new LinkedHashMap<>(consent.evidence());
        record.recordedBy = consent.recordedBy();
        record.recordedAt = now;
        ledger.persist(record);

        if (subscription == null) {
            subscription = new Subscription();
            subscription.key = key;
        }
        subscription.status = status;
        subscription.changedAt = now;
        subscription.lastConsentId = record.id;
        if (status == SubscriptionStatus.SUBSCRIBED && consent.doubleOptIn()) {
            subscription.doubleOptInConfirmedAt = now;
        }
        if (!subscriptions.isPersistent(subscription)) {
            subscriptions.persist(subscription);
        }
        outbox.record(SubscriptionChanged.TYPE, new SubscriptionChanged(contact.id, typeId, channel.name(),
                current.name(), status.name(), consent.source().name(), consent.legalBasis().name(),
                subscription.doubleOptInConfirmedAt != null, record.id, now));
        return subscription;
    }

    private boolean resubscriptionThroughFormsEnabled() {
        return accountSettings.findByIdOptional(accountConfig.id())
                .map(settings -> settings.resubscriptionThroughFormsEnabled).orElse(false);
    }

    private Contact lockedLiveContact(UUID contactId) {
        Contact contact = contacts.findById(contactId, LockModeType.PESSIMISTIC_WRITE);
        if (contact == null || contact.isErased()) {
            throw ProblemException.notFound("Contact", contactId);
        }
        return contact;
    }

    private Contact liveContact(UUID contactId) {
        return contacts.findByIdOptional(contactId).filter(c -> !c.isErased())
                .orElseThrow(() -> ProblemException.notFound("Contact", contactId));
    }

    private Contact liveOrErasedContact(UUID contactId) {
        return contacts.findByIdOptional(contactId).orElseThrow(() -> ProblemException.notFound("Contact", contactId));
    }
}
