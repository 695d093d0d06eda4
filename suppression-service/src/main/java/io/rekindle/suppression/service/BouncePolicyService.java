package io.rekindle.suppression.service;

import io.rekindle.events.suppression.ComplaintReceived;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.suppression.config.SuppressionConfig;
import io.rekindle.suppression.domain.BounceEvent;
import io.rekindle.events.EmailAddresses;
import io.rekindle.suppression.domain.Evidence;
import io.rekindle.suppression.domain.SoftBouncePolicy;
import io.rekindle.suppression.domain.SuppressionCategory;
import io.rekindle.suppression.domain.bounce.RecipientVerdict;
import io.rekindle.suppression.domain.bounce.Severity;
import io.rekindle.suppression.repository.BounceEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the suppression policy to one classified recipient: hard bounces and complaints suppress at
 * once (B1); recipient-side soft bounces suppress when they reach the threshold within the window after
 * the latest delivery; sender-side reasons are recorded and never held against the recipient. Every
 * verdict becomes an entry of the address's history.
 */
@ApplicationScoped
public class BouncePolicyService {

    /** Categories of history entries (the webhook categories, plus those of raw messages). */
    public static final String BOUNCE = "bounce";
    public static final String COMPLAINT = "complaint";
    public static final String DELIVERY = "delivery";
    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String DROPPED = "dropped";

    /** What the policy did with one recipient, as the ingestion response reports it. */
    public enum Effect {
        SUPPRESSED("suppressed"),
        ALREADY_SUPPRESSED("already-suppressed"),
        SOFT_BOUNCE_COUNTED("soft-bounce-counted"),
        /** A deferral: the ESP is still retrying, so it is history but not a soft bounce. */
        DEFERRAL_RECORDED("deferral-recorded"),
        SOFT_BOUNCES_CLEARED("soft-bounces-cleared"),
        /** Sender-side reason (our IP, domain, content) or an auto reply: not the recipient's fault. */
        IGNORED("ignored"),
        /** No usable recipient address (e.g. a redacted complaint): kept as evidence only. */
        RECORDED_WITHOUT_ADDRESS("recorded-without-address");

        private final String apiName;

        Effect(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** The policy's result for one recipient. */
    public record RecipientOutcome(String address, String category, String reason, String severity, String action,
            Effect effect, long softBouncesCounted) {
    }

    private final BounceEventRepository history;
    private final SuppressionRecorder recorder;
    private final EventOutbox outbox;
    private final SoftBouncePolicy softBounces;
    private final Clock clock;

    BouncePolicyService(BounceEventRepository history, SuppressionRecorder recorder, EventOutbox outbox,
            SuppressionConfig config, Clock clock) {
        this.history = history;
        this.recorder = recorder;
        this.outbox = outbox;
        this.softBounces = new SoftBouncePolicy(config.softBounce().threshold(), config.softBounce().window());
        this.clock = clock;
    }

    /**
     * @param source       {@code message} or {@code webhook:<provider>}
     * @param category     the history category (bounce, complaint, delivery, deferred, dropped, ...)
     * @param feedbackType the complaint's feedback type, for complaints
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecipientOutcome apply(Evidence evidence, String source, String category, RecipientVerdict verdict,
            Optional<String> feedbackType) {
        Optional<String> address = EmailAddresses.normalise(verdict.recipient());
        Instant now = clock.instant();
        BounceEvent event = new BounceEvent();
        event.evidenceId = evidence.id;
        event.address = address.orElse(null);
        event.category = category;
        event.reason = verdict.reason() != null ? verdict.reason().cliName() : null;
        event.severity = verdict.severity().cliName();
        event.action = verdict.action().cliName();
        event.enhancedStatus = blankToNull(verdict.enhancedStatus());
        event.replyCode = blankToNull(verdict.replyCode());
        event.diagnostic = blankToNull(verdict.diagnostic());
        event.remoteMta = blankToNull(verdict.remoteMta());
        event.source = source;
        event.sendId = evidence.sendId;
        event.occurredAt = now;
        history.persist(event);
        if (address.isEmpty()) {
            return outcome(event, Effect.RECORDED_WITHOUT_ADDRESS, 0);
        }
        return switch (verdict.action()) {
            case SUPPRESS -> suppress(evidence, source, event, verdict, feedbackType);
            case COUNT_SOFT_BOUNCE -> countSoftBounce(evidence, event, now);
            case CLEAR_SOFT_BOUNCES -> outcome(event, Effect.SOFT_BOUNCES_CLEARED, 0);
            case IGNORE -> outcome(event, Effect.IGNORED, 0);
        };
    }

    private RecipientOutcome suppress(Evidence evidence, String source, BounceEvent event, RecipientVerdict verdict,
            Optional<String> feedbackType) {
        SuppressionCategory category = switch (event.category) {
            case COMPLAINT -> SuppressionCategory.COMPLAINT;
            case UNSUBSCRIBE -> SuppressionCategory.UNSUBSCRIBE;
            case DROPPED -> SuppressionCategory.PROVIDER_SUPPRESSED;
            default -> verdict.severity() == Severity.HARD
                    ? SuppressionCategory.HARD_BOUNCE : SuppressionCategory.PROVIDER_SUPPRESSED;
        };
        if (category == SuppressionCategory.COMPLAINT) {
            // Every distinct complaint is published, even for an address already suppressed: contact-service
            // must unsubscribe the contact whatever the suppression list already says.
            outbox.record(ComplaintReceived.TYPE, new ComplaintReceived(event.address,
                    feedbackType.filter(t -> !t.isBlank()).orElse("abuse"), source, evidence.sendId, event.occurredAt));
        }
        SuppressionRecorder.Result result = recorder.suppress(new SuppressionRecorder.NewSuppression(event.address,
                category, event.reason, event.severity, false, null, evidence.sendId, evidence.id, source));
        return outcome(event, result == SuppressionRecorder.Result.SUPPRESSED
                ? Effect.SUPPRESSED : Effect.ALREADY_SUPPRESSED, 0);
    }

    private RecipientOutcome countSoftBounce(Evidence evidence, BounceEvent event, Instant now) {
        if (!BOUNCE.equals(event.category)) {
            return outcome(event, Effect.DEFERRAL_RECORDED, 0);
        }
        history.flush();
        Instant latestClearing = history.latestClearing(event.address);
        long counted = history.countSoftBounces(event.address, now.minus(softBounces.window()), latestClearing);
        if (!softBounces.suppresses(counted)) {
            return outcome(event, Effect.SOFT_BOUNCE_COUNTED, counted);
        }
        SuppressionRecorder.Result result = recorder.suppress(new SuppressionRecorder.NewSuppression(event.address,
                SuppressionCategory.SOFT_BOUNCE, event.reason, event.severity, false,
                counted + " soft bounces within " + softBounces.window().toDays() + " days",
                evidence.sendId, evidence.id, event.source));
        return outcome(event, result == SuppressionRecorder.Result.SUPPRESSED
                ? Effect.SUPPRESSED : Effect.ALREADY_SUPPRESSED, counted);
    }

    private static RecipientOutcome outcome(BounceEvent event, Effect effect, long softBounces) {
        return new RecipientOutcome(event.address, event.category, event.reason, event.severity, event.action, effect,
                softBounces);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
