package io.rekindle.suppression.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.suppression.service.BouncePolicyService;
import io.rekindle.suppression.service.EvidenceIngestion;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What ingesting one message or webhook did. */
@RegisterForReflection
@Schema(name = "IngestionResult")
public record IngestionResponse(
        @Schema(description = "Id of the stored raw evidence") UUID evidenceId,
        @Schema(description = "True when the same content was received before; nothing changed this time")
        boolean duplicate,
        @Schema(example = "bounce", description = "bounce, delivery-report, complaint, auto-reply, not-a-bounce or webhook")
        String kind,
        @Schema(example = "5f1c9e4a-0b7d-4f5e-8c21-8e6a2f0d9b13", description = "Send id read from the VERP return path")
        String sendId,
        List<Recipient> recipients) {

    /** The verdict on one recipient and what the policy did with it. */
    @RegisterForReflection
    @Schema(name = "IngestedRecipient")
    public record Recipient(
            @Schema(example = "bob@example.org") String address,
            @Schema(example = "bounce") String category,
            @Schema(example = "userunknown") String reason,
            @Schema(example = "hard") String severity,
            @Schema(example = "suppress") String action,
            @Schema(example = "suppressed", description = "suppressed, already-suppressed, soft-bounce-counted, "
                    + "deferral-recorded, soft-bounces-cleared, ignored, recorded-without-address; absent on duplicates")
            String effect,
            @Schema(description = "Soft bounces counted towards the threshold, for soft bounces") Long softBouncesCounted) {
    }

    static IngestionResponse of(EvidenceIngestion.Outcome outcome) {
        return new IngestionResponse(outcome.evidenceId(), outcome.duplicate(), outcome.kind(), outcome.sendId(),
                outcome.recipients().stream().map(IngestionResponse::recipient).toList());
    }

    private static Recipient recipient(BouncePolicyService.RecipientOutcome r) {
        return new Recipient(r.address(), r.category(), r.reason(), r.severity(), r.action(),
                r.effect() != null ? r.effect().apiName() : null,
                r.effect() == BouncePolicyService.Effect.SOFT_BOUNCE_COUNTED ? r.softBouncesCounted() : null);
    }
}
