package io.rekindle.suppression.service;

import io.rekindle.platform.problem.ProblemException;
import io.rekindle.suppression.config.SuppressionConfig;
import io.rekindle.suppression.domain.BounceEvent;
import io.rekindle.suppression.domain.ContentHash;
import io.rekindle.suppression.domain.Evidence;
import io.rekindle.suppression.domain.VerpAddress;
import io.rekindle.suppression.domain.bounce.BounceClassifier;
import io.rekindle.suppression.domain.bounce.BounceReason;
import io.rekindle.suppression.domain.bounce.ClassifiedMessage;
import io.rekindle.suppression.domain.bounce.MessageKind;
import io.rekindle.suppression.domain.bounce.RecipientVerdict;
import io.rekindle.suppression.domain.bounce.WebhookCategory;
import io.rekindle.suppression.domain.bounce.WebhookEvent;
import io.rekindle.suppression.domain.bounce.WebhookEventClassifier;
import io.rekindle.suppression.domain.bounce.WebhookProvider;
import io.rekindle.suppression.repository.BounceEventRepository;
import io.rekindle.suppression.repository.EvidenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ingests bounce evidence from every channel (upload, bounce mailbox, ESP webhooks): stores it raw under
 * its SHA-256, classifies it and applies the policy to each recipient, all in one transaction. The same
 * content received again is recognised by its hash and has no further effect.
 */
@ApplicationScoped
public class EvidenceIngestion {

    /** Where a raw message came from. */
    public enum Channel { UPLOAD, IMAP }

    /** What ingesting one piece of evidence did. */
    public record Outcome(UUID evidenceId, boolean duplicate, String kind, String sendId,
            List<BouncePolicyService.RecipientOutcome> recipients) {
    }

    private final BounceClassifier classifier = new BounceClassifier();
    private final WebhookEventClassifier webhookClassifier = new WebhookEventClassifier();
    private final EvidenceRepository evidence;
    private final BounceEventRepository history;
    private final BouncePolicyService policy;
    private final VerpAddress verp;
    private final Clock clock;

    EvidenceIngestion(EvidenceRepository evidence, BounceEventRepository history, BouncePolicyService policy,
            SuppressionConfig config, Clock clock) {
        this.evidence = evidence;
        this.history = history;
        this.policy = policy;
        this.verp = new VerpAddress(config.verp().localPart(), config.verp().domains().orElse(List.of()));
        this.clock = clock;
    }

    /** A raw RFC 5322 message: a DSN, a non-standard bounce notice, an ARF complaint or an auto reply. */
    @Transactional
    public Outcome ingestMessage(byte[] raw, Channel channel, String receivedBy) {
        String hash = ContentHash.sha256Hex(raw);
        Optional<UUID> known = evidence.idByHash(hash);
        if (known.isPresent()) {
            return duplicate(known.get());
        }
        ClassifiedMessage classified = classifier.classify(raw);
        // ISO-8859-1 maps every byte to one char, so the VERP search sees the message whatever its charset.
        Optional<String> sendId = verp.sendId(new String(raw, StandardCharsets.ISO_8859_1));
        Evidence stored = newEvidence(raw, channel.name().toLowerCase(), null, "message/rfc822",
                classified.kind().cliName(), sendId.orElse(null), receivedBy, hash);
        if (!evidence.claim(stored)) {
            return duplicate(evidence.idByHash(hash).orElseThrow());
        }
        List<BouncePolicyService.RecipientOutcome> outcomes = new ArrayList<>();
        for (RecipientVerdict verdict : classified.recipients()) {
            outcomes.add(policy.apply(stored, "message", categoryOf(classified.kind(), verdict), verdict,
                    classified.feedbackType()));
        }
        return new Outcome(stored.id, false, classified.kind().cliName(), stored.sendId, outcomes);
    }

    /** An already authenticated ESP webhook request body. */
    @Transactional
    public Outcome ingestWebhook(WebhookProvider provider, byte[] payload) {
        String hash = ContentHash.sha256Hex(payload);
        Optional<UUID> known = evidence.idByHash(hash);
        if (known.isPresent()) {
            return duplicate(known.get());
        }
        List<WebhookEvent> events;
        try {
            events = webhookClassifier.classify(payload);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "must be the provider's JSON webhook payload");
        }
        Evidence stored = newEvidence(payload, "webhook", provider.cliName(), "application/json", "webhook", null,
                provider.cliName(), hash);
        if (!evidence.claim(stored)) {
            return duplicate(evidence.idByHash(hash).orElseThrow());
        }
        String source = "webhook:" + provider.cliName();
        List<BouncePolicyService.RecipientOutcome> outcomes = new ArrayList<>();
        for (WebhookEvent event : events) {
            // The ESPs pass the ARF feedback type on (e.g. SES "abuse") in the verdict's diagnostic, if at all.
            Optional<String> feedbackType = event.category() == WebhookCategory.COMPLAINT
                    ? Optional.ofNullable(event.verdict().diagnostic()).filter(d -> d.matches("[a-z-]{1,32}"))
                    : Optional.empty();
            outcomes.add(policy.apply(stored, source, event.category().cliName(), event.verdict(), feedbackType));
        }
        return new Outcome(stored.id, false, "webhook", null, outcomes);
    }

    private Evidence newEvidence(byte[] content, String channel, String provider, String contentType, String kind,
            String sendId, String receivedBy, String hash) {
        Evidence stored = new Evidence();
        stored.id = UUID.randomUUID();
        stored.channel = channel;
        stored.provider = provider;
        stored.contentType = contentType;
        stored.contentSha256 = hash;
        stored.content = content;
        stored.messageKind = kind;
        stored.sendId = sendId;
        stored.receivedBy = receivedBy;
        stored.receivedAt = clock.instant();
        return stored;
    }

    /** The first ingestion's outcome, read back from history, marked as a duplicate. */
    private Outcome duplicate(UUID evidenceId) {
        Evidence first = evidence.findById(evidenceId);
        List<BouncePolicyService.RecipientOutcome> recipients = history.ofEvidence(evidenceId).stream()
                .map(EvidenceIngestion::asRecorded).toList();
        return new Outcome(evidenceId, true, first.messageKind, first.sendId, recipients);
    }

    private static BouncePolicyService.RecipientOutcome asRecorded(BounceEvent event) {
        return new BouncePolicyService.RecipientOutcome(event.address, event.category, event.reason, event.severity,
                event.action, null, 0);
    }

    private static String categoryOf(MessageKind kind, RecipientVerdict verdict) {
        if (kind == MessageKind.COMPLAINT) {
            return BouncePolicyService.COMPLAINT;
        }
        if (verdict.reason() == BounceReason.DELIVERED) {
            return BouncePolicyService.DELIVERY;
        }
        return BouncePolicyService.BOUNCE;
    }
}
