package io.rekindle.contact.service;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.UnsubscribeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Consent changes reported by campaign-service. They happened already (the contact clicked), so a
 * refusal by the consent rules is logged and skipped rather than sent to the dead-letter topic.
 */
@ApplicationScoped
public class EngagementReactions {

    private static final Logger LOG = Logger.getLogger(EngagementReactions.class);

    private final SubscriptionService subscriptions;

    EngagementReactions(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
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
