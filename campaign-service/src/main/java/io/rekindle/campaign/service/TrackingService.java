package io.rekindle.campaign.service;

import io.rekindle.campaign.config.MailConfig;
import io.rekindle.campaign.domain.Campaign;
import io.rekindle.campaign.domain.CampaignKind;
import io.rekindle.campaign.domain.OpenClassifier;
import io.rekindle.campaign.domain.template.TrackedLinks;
import io.rekindle.campaign.repository.CampaignRecipientRepository;
import io.rekindle.campaign.repository.CampaignRecipientRepository.Sent;
import io.rekindle.campaign.repository.CampaignRepository;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the public links of a sent message do: record opens, clicks, confirmations and unsubscriptions, and publish them. */
@ApplicationScoped
public class TrackingService {

    /** The outcome of a confirm or unsubscribe link. */
    public enum Outcome { DONE, ALREADY_DONE, NOT_APPLICABLE }

    private final CampaignRecipientRepository recipients;
    private final CampaignRepository campaigns;
    private final TrackingLinks links;
    private final EventOutbox outbox;
    private final OpenClassifier classifier;
    private final Clock clock;

    TrackingService(CampaignRecipientRepository recipients, CampaignRepository campaigns, TrackingLinks links,
            EventOutbox outbox, MailConfig mail, Clock clock) {
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.links = links;
        this.outbox = outbox;
        this.classifier = new OpenClassifier(mail.machineOpenWindow());
        this.clock = clock;
    }

    /** Whether a token is genuine for this purpose; pages check it before showing a form. */
    public boolean isValid(TrackingLinks.Purpose purpose, String token) {
        return links.verify(purpose, token, clock.instant()).isPresent();
    }

    /** Every load of the pixel is published (machine opens flagged); the first one is kept on the recipient. */
    @Transactional
    public boolean open(String token, String userAgent) {
        Instant now = clock.instant();
        Optional<UUID> sendId = links.verify(TrackingLinks.Purpose.OPEN, token, now);
        Optional<Sent> found = sendId.flatMap(recipients::lockBySendId);
        found.ifPresent(sent -> {
            boolean machine = classifier.isMachineOpen(userAgent, sent.sentAt(), now);
            if (!machine) {
                recipients.markFirst(sendId.get(), "opened_at", now);
            }
            outbox.record(EmailOpened.TYPE, new EmailOpened(sendId.get(), sent.campaignId(), sent.contactId(), machine, now));
        });
        return found.isPresent();
    }

    /** The target of a click, published as EmailClicked; empty for a bad token or a link the campaign does not have. */
    @Transactional
    public Optional<String> click(String token) {
        Instant now = clock.instant();
        Optional<TrackingLinks.Click> click = links.verifyClick(token, now);
        return click.flatMap(c -> recipients.lockBySendId(c.sendId()).flatMap(sent -> {
            Campaign campaign = campaigns.findById(sent.campaignId());
            List<String> tracked = campaign.trackedLinks == null ? List.of() : campaign.trackedLinks;
            if (c.linkIndex() < 0 || c.linkIndex() >= tracked.size()) {
                return Optional.empty();
            }
            String url = TrackedLinks.target(tracked.get(c.linkIndex()));
            outbox.record(EmailClicked.TYPE, new EmailClicked(c.sendId(), campaign.id, sent.contactId(),
                    "link-" + c.linkIndex(), url, now));
            return Optional.of(url);
        }));
    }

    /** Records a permission-pass confirmation once and publishes it for contact-service's consent ledger. */
    @Transactional
    public Optional<Outcome> confirm(String token) {
        Instant now = clock.instant();
        Optional<UUID> sendId = links.verify(TrackingLinks.Purpose.CONFIRM, token, now);
        return sendId.flatMap(recipients::lockBySendId).map(sent -> {
            Campaign campaign = campaigns.findById(sent.campaignId());
            if (campaign.kind != CampaignKind.PERMISSION_PASS) {
                return Outcome.NOT_APPLICABLE;
            }
            if (sent.confirmedAt() != null) {
                return Outcome.ALREADY_DONE;
            }
            recipients.markFirst(sendId.get(), "confirmed_at", now);
            outbox.record(PermissionPassConfirmed.TYPE, new PermissionPassConfirmed(sendId.get(), campaign.id,
                    sent.contactId(), campaign.subscriptionTypeId, now));
            return Outcome.DONE;
        });
    }

    /**
     * Records a one-click unsubscription on the send once and publishes it: contact-service turns it into an
     * UNSUBSCRIBED status with a ONE_CLICK_UNSUBSCRIBE consent record (RFC 8058: honoured at once).
     */
    @Transactional
    public Optional<Outcome> unsubscribe(String token) {
        Instant now = clock.instant();
        Optional<UUID> sendId = links.verify(TrackingLinks.Purpose.UNSUBSCRIBE, token, now);
        return sendId.flatMap(recipients::lockBySendId).map(sent -> {
            if (sent.unsubscribedAt() != null) {
                return Outcome.ALREADY_DONE;
            }
            recipients.markFirst(sendId.get(), "unsubscribed_at", now);
            Campaign campaign = campaigns.findById(sent.campaignId());
            outbox.record(UnsubscribeRequested.TYPE, new UnsubscribeRequested(sendId.get(), campaign.id,
                    sent.contactId(), campaign.subscriptionTypeId, campaign.channel.name(), now));
            return Outcome.DONE;
        });
    }
}
