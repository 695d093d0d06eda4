package io.rekindle.contact.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rekindle.contact.config.AccountConfig;
import io.rekindle.contact.config.FormConfig;
import io.rekindle.contact.domain.AccountSettings;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentPolicy;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.EmailAddress;
import io.rekindle.contact.domain.Form;
import io.rekindle.contact.domain.FormSubmission;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.Subscription;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.repository.AccountSettingsRepository;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.contact.repository.FormRepository;
import io.rekindle.contact.repository.FormSubmissionRepository;
import io.rekindle.contact.repository.SubscriptionRepository;
import io.rekindle.platform.links.SignedLinks;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Forms and double opt-in (R2, R3): a submission records what the contact saw and sends a signed,
 * expiring confirmation link; only the click on that link subscribes, with a FORM consent record that
 * marks the double opt-in.
 */
@ApplicationScoped
public class FormService {

    private final FormRepository forms;
    private final FormSubmissionRepository submissions;
    private final ContactRepository contacts;
    private final SubscriptionRepository subscriptions;
    private final AccountSettingsRepository accountSettings;
    private final AccountConfig accountConfig;
    private final SubscriptionTypeService types;
    private final ContactService contactService;
    private final SubscriptionService subscriptionService;
    private final ConfirmationMailer mailer;
    private final FormConfig config;
    private final SignedLinks links;
    private final Clock clock;

    FormService(FormRepository forms, FormSubmissionRepository submissions, ContactRepository contacts,
            SubscriptionRepository subscriptions, AccountSettingsRepository accountSettings, AccountConfig accountConfig,
            SubscriptionTypeService types, ContactService contactService, SubscriptionService subscriptionService,
            ConfirmationMailer mailer, FormConfig config, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.accountSettings = accountSettings;
        this.accountConfig = accountConfig;
        this.types = types;
        this.contactService = contactService;
        this.subscriptionService = subscriptionService;
        this.mailer = mailer;
        this.config = config;
        this.links = new SignedLinks(config.linkSigningKey());
        this.clock = clock;
    }

    /** A form as defined by a marketer. */
    public record FormDefinition(String name, String noticeText, List<UUID> subscriptionTypeIds, String thankYouMessage) {
    }

    /** What a contact typed into a form, and where the request came from. */
    public record Submission(String email, String firstName, String lastName, List<UUID> subscriptionTypeIds,
            boolean consentGiven, String ip, String userAgent) {
    }

    /** The outcome of a confirmation click. */
    public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, REFUSED }

    @Transactional
    public Form create(FormDefinition definition) {
        Form form = new Form();
        form.id = UUID.randomUUID();
        form.createdAt = clock.instant();
        apply(form, definition);
        forms.persist(form);
        return form;
    }

    @Transactional
    public Form update(UUID id, FormDefinition definition) {
        Form form = get(id);
        apply(form, definition);
        return form;
    }

    @Transactional
    public Form archive(UUID id) {
        Form form = get(id);
        if (form.archivedAt == null) {
            form.archivedAt = clock.instant();
        }
        return form;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Form get(UUID id) {
        return forms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Form", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Form> list() {
        return forms.list("order by createdAt desc");
    }

    /**
     * Records a submission and emails the confirmation link. Types the contact may not (re)subscribe to
     * through a form, or is already confirmed for, are left out without telling the submitter: the
     * answer must not reveal whether an address opted out. Returns whether an email was sent.
     */
    public boolean submit(UUID formId, Submission submission) {
        Optional<Pending> pending = QuarkusTransaction.requiringNew().call(() -> recordSubmission(formId, submission));
        // The email goes out after the commit: a link must never point at a submission that does not exist.
        pending.ifPresent(p -> mailer.sendConfirmation(p.email(), p.firstName(), p.formName(), confirmationUrl(p.submissionId(),
                p.expiresAt())));
        return pending.isPresent();
    }

    private record Pending(UUID submissionId, Instant expiresAt, String email, String firstName, String formName) {
    }

    private Optional<Pending> recordSubmission(UUID formId, Submission submission) {
        Form form = forms.findByIdOptional(formId).filter(f -> f.archivedAt == null)
                .orElseThrow(() -> ProblemException.notFound("Form", formId));
        if (!submission.consentGiven()) {
            throw ProblemException.invalid("consentGiven", "must be true: the contact has to agree to the notice");
        }
        String email = EmailAddress.normalise(submission.email())
                .orElseThrow(() -> ProblemException.invalid("email", "must be a valid email address"));
        List<UUID> requested = submission.subscriptionTypeIds() == null || submission.subscriptionTypeIds().isEmpty()
                ? form.subscriptionTypeIds : submission.subscriptionTypeIds();
        for (int i = 0; i < requested.size(); i++) {
            if (!form.subscriptionTypeIds.contains(requested.get(i))) {
                throw ProblemException.invalid("subscriptionTypeIds[" + i + "]", "is not offered by this form");
            }
        }
        Contact contact = contacts.findByEmail(email).orElseGet(() -> contactService.create(
                new ContactService.NewContact(email, submission.firstName(), submission.lastName(), null)));
        boolean resubscriptionAllowed = accountSettings.findByIdOptional(accountConfig.id())
                .map(settings -> settings.resubscriptionThroughFormsEnabled).orElse(false);
        List<UUID> toConfirm = new ArrayList<>();
        for (UUID typeId : requested) {
            Subscription current = subscriptions.findByIdOptional(new Subscription.Key(contact.id, typeId, Channel.EMAIL))
                    .orElse(null);
            SubscriptionStatus status = current == null ? SubscriptionStatus.NOT_SPECIFIED : current.status;
            boolean alreadyConfirmed = status == SubscriptionStatus.SUBSCRIBED && current.doubleOptInConfirmedAt != null;
            boolean allowed = ConsentPolicy.check(new ConsentPolicy.Change(status, SubscriptionStatus.SUBSCRIBED,
                    ConsentSource.FORM, LegalBasis.CONSENT, formEvidence(form.id, form.noticeText), resubscriptionAllowed))
                    .isEmpty();
            if (allowed && !alreadyConfirmed) {
                toConfirm.add(typeId);
            }
        }
        if (toConfirm.isEmpty() || contact.isArchived()) {
            return Optional.empty();
        }
        FormSubmission pending = new FormSubmission();
        pending.id = UUID.randomUUID();
        pending.formId = form.id;
        pending.contactId = contact.id;
        pending.subscriptionTypeIds = toConfirm;
        pending.noticeText = form.noticeText;
        pending.ip = submission.ip();
        pending.userAgent = truncate(submission.userAgent(), 1000);
        pending.submittedAt = clock.instant();
        pending.expiresAt = pending.submittedAt.plus(config.confirmationValidity());
        submissions.persist(pending);
        return Optional.of(new Pending(pending.id, pending.expiresAt, email, contact.firstName, form.name));
    }

    /** Applies a confirmation link; clicking it twice confirms once. */
    @Transactional
    public Confirmation confirm(String token, String ip, String userAgent) {
        Instant now = clock.instant();
        FormSubmission submission = links.verify(token, now)
                .flatMap(FormService::parseUuid)
                .flatMap(submissions::findByIdOptional)
                .orElseThrow(() -> new ProblemException(404, "Not found",
                        "This confirmation link is not valid or has expired", List.of()));
        if (submission.confirmedAt != null) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        Map<String, String> evidence = formEvidence(submission.formId, submission.noticeText);
        putIfPresent(evidence, "ip", submission.ip);
        putIfPresent(evidence, "userAgent", submission.userAgent);
        evidence.put("submittedAt", submission.submittedAt.toString());
        evidence.put("submissionId", submission.id.toString());
        putIfPresent(evidence, "confirmationIp", ip);
        SubscriptionService.Consent consent = new SubscriptionService.Consent(ConsentSource.FORM, LegalBasis.CONSENT,
                true, evidence, "form:" + submission.formId);
        try {
            for (UUID typeId : submission.subscriptionTypeIds) {
                subscriptionService.change(submission.contactId, typeId, Channel.EMAIL, SubscriptionStatus.SUBSCRIBED, consent);
            }
        } catch (ProblemException refused) {
            // The account setting or the contact changed since the submission: nothing is subscribed,
            // not even the types that passed before the refusal.
            QuarkusTransaction.setRollbackOnly();
            return Confirmation.REFUSED;
        }
        submission.confirmedAt = now;
        return Confirmation.CONFIRMED;
    }

    /** The thank-you text of the form a token belongs to, for the confirmation page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> thankYouMessage(String token) {
        return links.verify(token, clock.instant()).flatMap(FormService::parseUuid)
                .flatMap(submissions::findByIdOptional)
                .flatMap(s -> forms.findByIdOptional(s.formId))
                .map(form -> form.thankYouMessage);
    }

    private String confirmationUrl(UUID submissionId, Instant expiresAt) {
        return config.publicBaseUrl() + "/public/confirm/" + links.sign(submissionId.toString(), expiresAt);
    }

    private void apply(Form form, FormDefinition definition) {
        for (int i = 0; i < definition.subscriptionTypeIds().size(); i++) {
            UUID typeId = definition.subscriptionTypeIds().get(i);
            if (types.list(false).stream().noneMatch(type -> type.id.equals(typeId))) {
                throw ProblemException.invalid("subscriptionTypeIds[" + i + "]", "is not an active subscription type");
            }
        }
        form.name = definition.name().strip();
        form.noticeText = definition.noticeText();
        form.subscriptionTypeIds = new ArrayList<>(definition.subscriptionTypeIds());
        form.thankYouMessage = definition.thankYouMessage();
    }

    private static Map<String, String> formEvidence(UUID formId, String noticeText) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(ConsentPolicy.FORM_ID, formId.toString());
        evidence.put(ConsentPolicy.NOTICE_TEXT, noticeText);
        return evidence;
    }

    private static void putIfPresent(Map<String, String> evidence, String key, String value) {
        if (value != null && !value.isBlank()) {
            evidence.put(key, value);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The sender of confirmation emails: the account's default sender when it has one. */
    public static String fromAddress(Optional<AccountSettings> settings, String fallback) {
        return settings.filter(s -> s.defaultFromAddress != null && !s.defaultFromAddress.isBlank())
                .map(s -> s.defaultFromName == null ? s.defaultFromAddress
                        : "\"" + s.defaultFromName.replace("\"", "") + "\" <" + s.defaultFromAddress + ">")
                .orElse(fallback);
    }
}
