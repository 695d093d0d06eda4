package io.rekindle.campaign.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.rekindle.account.replica.AccountSettingsCopy;
import io.rekindle.account.replica.AccountSettingsReplica;
import io.rekindle.campaign.config.LinksConfig;
import io.rekindle.campaign.config.MailConfig;
import io.rekindle.campaign.domain.Campaign;
import io.rekindle.campaign.domain.ContactCopy;
import io.rekindle.campaign.domain.EmailTemplate;
import io.rekindle.campaign.domain.NotSentReason;
import io.rekindle.campaign.domain.template.Escaping;
import io.rekindle.campaign.domain.template.Placeholder;
import io.rekindle.campaign.domain.template.RenderValues;
import io.rekindle.campaign.domain.template.TemplateContent;
import io.rekindle.campaign.domain.template.TrackedLinks;
import io.rekindle.campaign.repository.CampaignRecipientRepository;
import io.rekindle.campaign.repository.CampaignRecipientRepository.Queued;
import io.rekindle.campaign.repository.CampaignRepository;
import io.rekindle.campaign.repository.ContactCopyRepository;
import io.rekindle.campaign.repository.EmailTemplateRepository;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the queued recipients of started campaigns, one batch per transaction: render, sign and rewrite the links,
 * hand the message to SMTP, then record the send and its {@code EmailSent} event together.
 */
@ApplicationScoped
public class DispatchService {

    private static final Logger LOG = Logger.getLogger(DispatchService.class);

    private final CampaignRecipientRepository recipients;
    private final CampaignRepository campaigns;
    private final EmailTemplateRepository templates;
    private final ContactCopyRepository contacts;
    private final AccountSettingsCopy account;
    private final TrackingLinks links;
    private final LinksConfig linksConfig;
    private final MailConfig mail;
    private final Mailer mailer;
    private final EventOutbox outbox;
    private final Clock clock;

    DispatchService(CampaignRecipientRepository recipients, CampaignRepository campaigns,
            EmailTemplateRepository templates, ContactCopyRepository contacts, AccountSettingsCopy account,
            TrackingLinks links, LinksConfig linksConfig, MailConfig mail, Mailer mailer, EventOutbox outbox,
            Clock clock) {
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.templates = templates;
        this.contacts = contacts;
        this.account = account;
        this.links = links;
        this.linksConfig = linksConfig;
        this.mail = mail;
        this.mailer = mailer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends one batch; returns how many recipients it handled (0 when nothing is queued). */
    @Transactional
    public int sendNextBatch() {
        List<Queued> batch = recipients.lockNextQueued(mail.batchSize());
        for (Queued recipient : batch) {
            send(recipient);
        }
        return batch.size();
    }

    private void send(Queued recipient) {
        Campaign campaign = campaigns.findById(recipient.campaignId());
        EmailTemplate template = templates.findById(campaign.templateId);
        ContactCopy contact = contacts.findById(recipient.contactId());
        if (contact == null || contact.archivedAt != null) {
            // Erased or archived between the start and the dispatch.
            recipients.markNotSent(recipient, contact == null ? NotSentReason.UNKNOWN_CONTACT.name()
                    : NotSentReason.ARCHIVED.name());
            return;
        }
        String fromAddress = template.fromAddress;
        String fromName = template.fromName;
        AccountSettingsReplica settings = account.current().orElse(null);
        if (fromAddress == null && settings != null) {
            fromAddress = settings.defaultFromAddress;
            fromName = fromName == null ? settings.defaultFromName : fromName;
        }
        if (fromAddress == null) {
            recipients.markFailed(recipient, "no sender address: set one on the template or in the account settings");
            return;
        }
        UUID sendId = UUID.randomUUID();
        Instant now = clock.instant();
        String unsubscribeUrl = links.url(TrackingLinks.Purpose.UNSUBSCRIBE, sendId, now);
        RenderValues values = new RenderValues()
                .with(Placeholder.FIRST_NAME, contact.firstName)
                .with(Placeholder.LAST_NAME, contact.lastName)
                .with(Placeholder.EMAIL, contact.email)
                .with(Placeholder.CONFIRM_URL, links.url(TrackingLinks.Purpose.CONFIRM, sendId, now))
                .with(Placeholder.UNSUBSCRIBE_URL, unsubscribeUrl)
                .with(Placeholder.PREFERENCES_URL, unsubscribeUrl);
        TemplateContent.RenderedMessage message = template.content().render(values);
        String domain = mail.bounceDomain().orElse(fromAddress.substring(fromAddress.lastIndexOf('@') + 1));
        Mail email = Mail.withHtml(contact.email, message.subject(), html(campaign, message, sendId, now))
                .setText(message.textBody())
                .setFrom(fromName == null ? fromAddress : "\"" + fromName.replace("\"", "") + "\" <" + fromAddress + ">")
                .setBounceAddress("bounces+" + sendId + "@" + domain)
                .addHeader("Message-ID", "<" + sendId + "@" + domain + ">")
                .addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">, <mailto:unsubscribe+" + sendId + "@" + domain + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Feedback-ID", campaign.id + ":" + campaign.kind + ":campaign:rekindle");
        if (template.replyTo != null) {
            email.setReplyTo(template.replyTo);
        }
        try {
            mailer.send(email);
        } catch (RuntimeException e) {
            LOG.warnf("sending campaign %s to contact %s failed: %s", campaign.id, contact.contactId, e.getMessage());
            recipients.markFailed(recipient, "SMTP: " + e.getMessage());
            return;
        }
        recipients.markSent(recipient, sendId, now);
        outbox.record(EmailSent.TYPE, new EmailSent(sendId, campaign.id, campaign.kind.name(), contact.contactId,
                campaign.subscriptionTypeId, now));
    }

    /** The HTML body with the hidden preheader in front and the open pixel at the end. */
    private String html(Campaign campaign, TemplateContent.RenderedMessage message, UUID sendId, Instant now) {
        String preheader = message.preheader() == null ? ""
                : "<div style=\"display:none;max-height:0;overflow:hidden\">" + Escaping.HTML.apply(message.preheader())
                        + "</div>";
        String pixel = "<img src=\"" + Escaping.HTML.apply(links.url(TrackingLinks.Purpose.OPEN, sendId, now))
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block\">";
        String body = TrackedLinks.rewrite(message.htmlBody(),
                campaign.trackedLinks == null ? List.of() : campaign.trackedLinks,
                (index, link) -> links.clickUrl(sendId, index, now));
        return preheader + body + pixel;
    }
}
