package io.rekindle.campaign.service;

import io.rekindle.campaign.config.LinksConfig;
import io.rekindle.campaign.domain.ContactCopy;
import io.rekindle.campaign.domain.EmailTemplate;
import io.rekindle.campaign.domain.template.Placeholder;
import io.rekindle.campaign.domain.template.RenderValues;
import io.rekindle.campaign.domain.template.TemplateContent;
import io.rekindle.campaign.repository.CampaignRepository;
import io.rekindle.campaign.repository.ContactCopyRepository;
import io.rekindle.campaign.repository.EmailTemplateRepository;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Saving, listing and previewing email templates; a template with a broken tag is never stored. */
@ApplicationScoped
public class TemplateService {

    /** Preview links lead nowhere on purpose: real ones are signed per recipient at send time. */
    private static final String PREVIEW_TOKEN = "preview";

    private final EmailTemplateRepository templates;
    private final CampaignRepository campaigns;
    private final ContactCopyRepository contacts;
    private final LinksConfig links;
    private final Clock clock;

    TemplateService(EmailTemplateRepository templates, CampaignRepository campaigns, ContactCopyRepository contacts,
            LinksConfig links, Clock clock) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.contacts = contacts;
        this.links = links;
        this.clock = clock;
    }

    /** One page of templates, newest first. */
    public record TemplatePage(List<TemplateView> items, int page, int size, long total) {
    }

    @Transactional
    public TemplateView create(TemplateDraft draft) {
        check(draft.content());
        Instant now = clock.instant();
        EmailTemplate template = new EmailTemplate();
        template.id = UUID.randomUUID();
        template.createdAt = now;
        apply(template, draft, now);
        templates.persist(template);
        return view(template);
    }

    @Transactional
    public TemplateView update(UUID id, TemplateDraft draft) {
        EmailTemplate template = find(id);
        check(draft.content());
        apply(template, draft, clock.instant());
        return view(template);
    }

    @Transactional
    public void delete(UUID id) {
        EmailTemplate template = find(id);
        if (campaigns.usesTemplate(id)) {
            throw ProblemException.conflict("template " + id + " is used by a campaign");
        }
        templates.delete(template);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateView get(UUID id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplatePage list(int page, int size) {
        var query = templates.findAll(Sort.descending("createdAt").and("id")).page(Page.of(page, size));
        return new TemplatePage(query.list().stream().map(TemplateService::view).toList(), page, size, query.count());
    }

    /** Renders for a contact of the contact copy, or for sample values when no contact is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PreviewView preview(UUID id, UUID contactId, SampleValues sample) {
        EmailTemplate template = find(id);
        RenderValues values = previewLinks();
        if (contactId != null) {
            ContactCopy contact = contacts.findByIdOptional(contactId)
                    .orElseThrow(() -> ProblemException.notFound("Contact", contactId));
            values.with(Placeholder.FIRST_NAME, contact.firstName)
                    .with(Placeholder.LAST_NAME, contact.lastName)
                    .with(Placeholder.EMAIL, contact.email);
        } else if (sample != null) {
            values.with(Placeholder.FIRST_NAME, sample.firstName())
                    .with(Placeholder.LAST_NAME, sample.lastName())
                    .with(Placeholder.EMAIL, sample.email());
        }
        TemplateContent.RenderedMessage message = template.content().render(values);
        return new PreviewView(template.fromName, template.fromAddress, template.replyTo, message.subject(),
                message.preheader(), message.htmlBody(), message.textBody());
    }

    private RenderValues previewLinks() {
        String base = links.publicBaseUrl();
        return new RenderValues()
                .with(Placeholder.CONFIRM_URL, base + "/t/confirm/" + PREVIEW_TOKEN)
                .with(Placeholder.UNSUBSCRIBE_URL, base + "/t/u/" + PREVIEW_TOKEN)
                .with(Placeholder.PREFERENCES_URL, base + "/t/p/" + PREVIEW_TOKEN);
    }

    private static void check(TemplateContent content) {
        List<Problem.Violation> violations = content.violations().stream()
                .map(v -> new Problem.Violation(v.field(), v.message()))
                .toList();
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Template is not valid",
                    violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in the template",
                    violations);
        }
    }

    private EmailTemplate find(UUID id) {
        return templates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Template", id));
    }

    private static void apply(EmailTemplate template, TemplateDraft draft, Instant now) {
        template.name = draft.name().strip();
        template.kind = draft.kind();
        template.fromName = draft.fromName();
        template.fromAddress = draft.fromAddress();
        template.replyTo = draft.replyTo();
        template.subject = draft.subject();
        template.preheader = draft.preheader();
        template.htmlBody = draft.htmlBody();
        template.textBody = draft.textBody();
        template.updatedAt = now;
    }

    private static TemplateView view(EmailTemplate t) {
        return new TemplateView(t.id, t.name, t.kind, t.fromName, t.fromAddress, t.replyTo, t.subject, t.preheader,
                t.htmlBody, t.textBody, t.createdAt, t.updatedAt);
    }
}
