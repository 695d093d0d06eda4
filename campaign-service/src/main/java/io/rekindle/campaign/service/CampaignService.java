package io.rekindle.campaign.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.rekindle.campaign.domain.Campaign;
import io.rekindle.campaign.domain.CampaignStatus;
import io.rekindle.campaign.domain.Channel;
import io.rekindle.campaign.domain.EmailTemplate;
import io.rekindle.campaign.domain.NotSentReason;
import io.rekindle.campaign.domain.RecipientStatus;
import io.rekindle.campaign.domain.template.TrackedLinks;
import io.rekindle.campaign.repository.CampaignRecipientRepository;
import io.rekindle.campaign.repository.CampaignRepository;
import io.rekindle.campaign.repository.EmailTemplateRepository;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Creating, scheduling and starting campaigns; starting fixes the recipients once, with the not-sent reasons. */
@ApplicationScoped
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignRecipientRepository recipients;
    private final EmailTemplateRepository templates;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignRecipientRepository recipients,
            EmailTemplateRepository templates, Clock clock) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.templates = templates;
        this.clock = clock;
    }

    /** One page of campaigns, newest first. */
    public record CampaignPage(List<CampaignView> items, int page, int size, long total) {
    }

    @Transactional
    public CampaignView create(CampaignDraft draft) {
        Instant now = clock.instant();
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdAt = now;
        apply(campaign, draft, now);
        campaigns.persist(campaign);
        return view(campaign);
    }

    @Transactional
    public CampaignView update(UUID id, CampaignDraft draft) {
        Campaign campaign = find(id);
        requireEditable(campaign);
        apply(campaign, draft, clock.instant());
        // A changed schedule takes effect at once for a campaign already waiting for its time.
        if (campaign.status == CampaignStatus.SCHEDULED && campaign.sendAt == null) {
            campaign.status = CampaignStatus.DRAFT;
        }
        return view(campaign);
    }

    @Transactional
    public void delete(UUID id) {
        Campaign campaign = find(id);
        requireEditable(campaign);
        campaigns.delete(campaign);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignView get(UUID id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignPage list(int page, int size) {
        var query = campaigns.findAll(Sort.descending("createdAt").and("id")).page(Page.of(page, size));
        return new CampaignPage(query.list().stream().map(this::view).toList(), page, size, query.count());
    }

    /**
     * Launches a draft: a campaign scheduled for later waits for the scheduler; otherwise (no schedule, or
     * a time already past) its recipients are resolved now.
     */
    @Transactional
    public CampaignView launch(UUID id) {
        Campaign campaign = campaigns.lock(id);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign", id);
        }
        if (campaign.status != CampaignStatus.DRAFT) {
            throw ProblemException.conflict("campaign " + id + " is already " + campaign.status);
        }
        Instant now = clock.instant();
        if (campaign.sendAt != null && campaign.sendAt.isAfter(now)) {
            campaign.status = CampaignStatus.SCHEDULED;
            campaign.updatedAt = now;
        } else {
            start(campaign, now);
        }
        return view(campaign);
    }

    /** Takes a launched campaign back to draft before its time comes. */
    @Transactional
    public CampaignView unschedule(UUID id) {
        Campaign campaign = campaigns.lock(id);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign", id);
        }
        if (campaign.status != CampaignStatus.SCHEDULED) {
            throw ProblemException.conflict("campaign " + id + " is " + campaign.status + ", not SCHEDULED");
        }
        campaign.status = CampaignStatus.DRAFT;
        campaign.updatedAt = clock.instant();
        return view(campaign);
    }

    /** Ids of scheduled campaigns that are due, for the scheduler to start one transaction each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> dueCampaigns() {
        return campaigns.dueIds(clock.instant());
    }

    /** Starts one due campaign; does nothing if another instance or a user got there first. */
    @Transactional
    public void startIfDue(UUID id) {
        Campaign campaign = campaigns.lock(id);
        Instant now = clock.instant();
        if (campaign != null && campaign.status == CampaignStatus.SCHEDULED && !campaign.sendAt.isAfter(now)) {
            start(campaign, now);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientView> recipients(UUID id, RecipientStatus status, int page, int size) {
        find(id);
        return recipients.page(id, status == null ? null : status.name(), page, size).stream()
                .map(r -> new RecipientView(r.contactId(), r.email(), RecipientStatus.valueOf(r.status()),
                        r.notSentReason() == null ? null : NotSentReason.valueOf(r.notSentReason())))
                .toList();
    }

    private void start(Campaign campaign, Instant now) {
        EmailTemplate template = templates.findById(campaign.templateId);
        if (!template.content().violations().isEmpty()) {
            throw new ProblemException(422, "Template is not valid", "the campaign's template has errors; fix it "
                    + "before starting", List.of());
        }
        recipients.resolve(campaign.id, campaign.audience, campaign.subscriptionTypeId, campaign.channel, now);
        campaign.trackedLinks = TrackedLinks.in(template.htmlBody);
        campaign.status = CampaignStatus.STARTED;
        campaign.startedAt = now;
        campaign.updatedAt = now;
    }

    private void apply(Campaign campaign, CampaignDraft draft, Instant now) {
        if (draft.channel() == Channel.SMS) {
            throw new ProblemException(422, "Not available yet", "SMS campaigns are not available yet",
                    List.of(new Problem.Violation("channel", "only EMAIL is available")));
        }
        EmailTemplate template = templates.findByIdOptional(draft.templateId())
                .orElseThrow(() -> new ProblemException(422, "Unknown template", "the template does not exist",
                        List.of(new Problem.Violation("templateId", "no template with this id"))));
        if (!draft.kind().accepts(template.kind)) {
            throw new ProblemException(422, "Template does not fit", "a " + draft.kind() + " campaign needs a "
                    + draft.kind() + " template", List.of(new Problem.Violation("templateId",
                    "the template is a " + template.kind + " template")));
        }
        if (draft.audience() == null || draft.audience().selectsNobody()) {
            throw ProblemException.invalid("audience", "choose allSubscribers or list includedContactIds");
        }
        campaign.name = draft.name().strip();
        campaign.kind = draft.kind();
        campaign.channel = draft.channel();
        campaign.subscriptionTypeId = draft.subscriptionTypeId();
        campaign.templateId = draft.templateId();
        campaign.audience = draft.audience();
        schedule(campaign, draft);
        campaign.updatedAt = now;
    }

    private static void schedule(Campaign campaign, CampaignDraft draft) {
        if ((draft.sendAt() == null) != (draft.timeZone() == null)) {
            throw ProblemException.invalid("schedule", "give both sendAt and timeZone, or neither");
        }
        if (draft.sendAt() == null) {
            campaign.sendAtLocal = null;
            campaign.sendAtTimeZone = null;
            campaign.sendAt = null;
            return;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(draft.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("schedule.timeZone", "not a time zone id such as Europe/Copenhagen");
        }
        campaign.sendAtLocal = draft.sendAt();
        campaign.sendAtTimeZone = zone.getId();
        // In a daylight-saving gap the time moves forward; in an overlap the earlier offset is used.
        campaign.sendAt = draft.sendAt().atZone(zone).toInstant();
    }

    private static void requireEditable(Campaign campaign) {
        if (!campaign.status.isEditable()) {
            throw ProblemException.conflict("campaign " + campaign.id + " has started and can no longer be changed");
        }
    }

    private Campaign find(UUID id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    private CampaignView view(Campaign c) {
        CampaignView.ScheduleView schedule = c.sendAt == null ? null
                : new CampaignView.ScheduleView(c.sendAtLocal, c.sendAtTimeZone, c.sendAt);
        return new CampaignView(c.id, c.name, c.kind, c.channel, c.subscriptionTypeId, c.templateId,
                new CampaignView.AudienceView(c.audience.allSubscribers(), c.audience.includedContactIds()),
                schedule, c.status, c.startedAt, c.status == CampaignStatus.STARTED ? counts(c.id) : null,
                c.createdAt, c.updatedAt);
    }

    private CampaignView.RecipientCounts counts(UUID campaignId) {
        Map<RecipientStatus, Long> byStatus = new EnumMap<>(RecipientStatus.class);
        Map<String, Long> byReason = new TreeMap<>();
        for (Object[] row : recipients.counts(campaignId)) {
            long count = ((Number) row[2]).longValue();
            RecipientStatus status = RecipientStatus.valueOf((String) row[0]);
            byStatus.merge(status, count, Long::sum);
            if (status == RecipientStatus.NOT_SENT) {
                byReason.merge((String) row[1], count, Long::sum);
            }
        }
        long targeted = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new CampaignView.RecipientCounts(targeted, byStatus.getOrDefault(RecipientStatus.QUEUED, 0L),
                byStatus.getOrDefault(RecipientStatus.SENT, 0L), byStatus.getOrDefault(RecipientStatus.FAILED, 0L),
                byStatus.getOrDefault(RecipientStatus.NOT_SENT, 0L), byReason);
    }
}
