package io.rekindle.contact.service;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.UnsubscribeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What contact-service keeps from campaign-service's engagement events: consent changes (they happened
 * already, so a refusal by the consent rules is logged and skipped rather than dead-lettered) and the
 * contact's engagement summary (B3, M2).
 */
@ApplicationScoped
public class EngagementReactions {

    private static final Logger LOG = Logger.getLogger(EngagementReactions.class);

    private final SubscriptionService subscriptions;
    private final ContactRepository contacts;

    EngagementReactions(SubscriptionService subscriptions, ContactRepository contacts) {
        this.subscriptions = subscriptions;
        this.contacts = contacts;
    }

    /*
     * The engagement summary keeps the latest of each date, so events arriving out of order or replayed
     * leave the same result; the received count relies on the processor's per-event deduplication.
     */

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailSent(EmailSent sent) {
        contacts.findByIdOptional(sent.contactId()).ifPresent(contact -> {
            contact.lastEmailSentAt = latest(contact.lastEmailSentAt, sent.sentAt());
            contact.emailsReceived++;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailOpened(EmailOpened opened) {
        if (opened.machineOpen()) {
            return;
        }
        contacts.findByIdOptional(opened.contactId()).ifPresent(contact ->
                contact.lastEmailOpenedAt = latest(contact.lastEmailOpenedAt, opened.openedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailClicked(EmailClicked clicked) {
        contacts.findByIdOptional(clicked.contactId()).ifPresent(contact ->
                contact.lastEmailClickedAt = latest(contact.lastEmailClickedAt, clicked.clickedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void smsClicked(SmsClicked clicked) {
        contacts.findByIdOptional(clicked.contactId()).ifPresent(contact ->
                contact.lastSmsClickedAt = latest(contact.lastSmsClickedAt, clicked.clickedAt()));
    }

    private static Instant latest(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    /** R6: the "stay subscribed" click re-confirms an existing opt-in; it never creates a first one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permissionPassConfirmed(PermissionPassConfirmed confirmed) {
        subscriptions.changeIfAllowed(confirmed.contactId(), confirmed.subscriptionTypeId(), Channel.EMAIL,
                SubscriptionStatus.SUBSCRIBED, new SubscriptionService.Consent(ConsentSource.PERMISSION_PASS,
                        LegalBasis.CONSENT, false, Map.of("sendId", confirmed.sendId().toString(),
                                "campaignId", confirmed.campaignId().toString(),
                                "confirmedAt", confirmed.confirmedAt().toString()),
                        "campaign:" + confirmed.campaignId()))
                .ifPresent(refusal -> LOG.infof("Permission-pass confirmation of contact %s not recorded: %s",
                        confirmed.contactId(), refusal.reason()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unsubscribeRequested(UnsubscribeRequested requested) {
        subscriptions.changeIfAllowed(requested.contactId(), requested.subscriptionTypeId(),
                Channel.valueOf(requested.channel()), SubscriptionStatus.UNSUBSCRIBED,
                new SubscriptionService.Consent(ConsentSource.ONE_CLICK_UNSUBSCRIBE, LegalBasis.NOT_APPLICABLE, false,
                        Map.of("sendId", requested.sendId().toString(), "campaignId", requested.campaignId().toString(),
                                "requestedAt", requested.requestedAt().toString()),
                        "campaign:" + requested.campaignId()))
                .ifPresent(refusal -> LOG.infof("Unsubscribe of contact %s not recorded: %s",
                        requested.contactId(), refusal.reason()));
    }
}
