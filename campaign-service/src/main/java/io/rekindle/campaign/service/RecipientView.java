package io.rekindle.campaign.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.campaign.domain.NotSentReason;
import io.rekindle.campaign.domain.RecipientStatus;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One contact of a started campaign: queued for dispatch, or not sent with the reason. */
@RegisterForReflection
@Schema(name = "CampaignRecipient")
public record RecipientView(
        UUID contactId,
        @Schema(description = "From the contact copy; absent once the contact is erased", example = "ada@example.com")
        String email,
        RecipientStatus status,
        NotSentReason notSentReason) {
}
