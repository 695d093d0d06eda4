package io.rekindle.segment.service;

import io.rekindle.events.engagement.EmailBounced;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailDelivered;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.SmsSent;
import io.rekindle.segment.repository.ReadModelRepository;
import io.rekindle.segment.repository.ReadModelRepository.LatestColumn;
import io.rekindle.segment.repository.ReadModelRepository.SendColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Applies engagement events to the per-send history and the per-contact latest engagement. Runs in the consumer's transaction. */
@ApplicationScoped
public class EngagementProjection {

    static final String EMAIL = "EMAIL";
    static final String SMS = "SMS";

    private final ReadModelRepository readModel;

    EngagementProjection(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailSent(EmailSent e) {
        readModel.sendEvent(e.sendId(), e.campaignId(), e.contactId(), EMAIL, SendColumn.SENT, e.sentAt());
        readModel.sendDetails(e.sendId(), e.campaignKind(), e.subscriptionTypeId());
        readModel.latestEngagement(e.contactId(), LatestColumn.EMAIL_RECEIVED, e.sentAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailDelivered(EmailDelivered e) {
        readModel.sendEvent(e.sendId(), e.campaignId(), e.contactId(), EMAIL, SendColumn.DELIVERED, e.deliveredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailOpened(EmailOpened e) {
        readModel.opened(e.sendId(), e.campaignId(), e.contactId(), e.machineOpen(), e.openedAt());
        readModel.latestEngagement(e.contactId(), LatestColumn.EMAIL_OPEN, e.openedAt());
        if (!e.machineOpen()) {
            readModel.latestEngagement(e.contactId(), LatestColumn.EMAIL_HUMAN_OPEN, e.openedAt());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailClicked(EmailClicked e) {
        readModel.clicked(e.sendId(), e.campaignId(), e.contactId(), EMAIL, e.linkId(), e.clickedAt());
        readModel.latestEngagement(e.contactId(), LatestColumn.EMAIL_CLICK, e.clickedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void emailBounced(EmailBounced e) {
        readModel.sendEvent(e.sendId(), e.campaignId(), e.contactId(), EMAIL, SendColumn.BOUNCED, e.bouncedAt());
        readModel.bounceDetails(e.sendId(), e.severity(), e.reason());
    }

    /** "Stay subscribed" is a tracked link (R6), so a confirmation also counts as a click of that email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permissionPassConfirmed(PermissionPassConfirmed e) {
        readModel.sendEvent(e.sendId(), e.campaignId(), e.contactId(), EMAIL, SendColumn.CONFIRMED, e.confirmedAt());
        readModel.clicked(e.sendId(), e.campaignId(), e.contactId(), EMAIL, null, e.confirmedAt());
        readModel.latestEngagement(e.contactId(), LatestColumn.EMAIL_CLICK, e.confirmedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void smsSent(SmsSent e) {
        readModel.sendEvent(e.sendId(), e.campaignId(), e.contactId(), SMS, SendColumn.SENT, e.sentAt());
        readModel.sendDetails(e.sendId(), null, e.subscriptionTypeId());
        readModel.latestEngagement(e.contactId(), LatestColumn.SMS_RECEIVED, e.sentAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void smsClicked(SmsClicked e) {
        readModel.clicked(e.sendId(), e.campaignId(), e.contactId(), SMS, e.linkId(), e.clickedAt());
        readModel.latestEngagement(e.contactId(), LatestColumn.SMS_CLICK, e.clickedAt());
    }
}
