package io.rekindle.campaign.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.campaign.domain.CampaignKind;
import io.rekindle.campaign.domain.CampaignStatus;
import io.rekindle.campaign.domain.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as the API shows it, with its recipient counts once it has started. */
@RegisterForReflection
@Schema(name = "Campaign")
public record CampaignView(
        UUID id,
        @Schema(example = "Spring permission pass") String name,
        CampaignKind kind,
        Channel channel,
        UUID subscriptionTypeId,
        UUID templateId,
        AudienceView audience,
        ScheduleView schedule,
        CampaignStatus status,
        Instant startedAt,
        RecipientCounts recipients,
        Instant createdAt,
        Instant updatedAt) {

    /** Who the campaign is for. */
    @RegisterForReflection
    @Schema(name = "CampaignAudience")
    public record AudienceView(
            @Schema(description = "Every contact subscribed to the campaign's type on its channel") boolean allSubscribers,
            List<UUID> includedContactIds) {
    }

    /** When the campaign is sent: the time as entered, its zone, and the instant it stands for. */
    @RegisterForReflection
    @Schema(name = "CampaignSchedule")
    public record ScheduleView(
            @Schema(example = "2026-12-01T09:00:00") LocalDateTime sendAt,
            @Schema(example = "Europe/Copenhagen") String timeZone,
            @Schema(example = "2026-12-01T08:00:00Z") Instant sendAtInstant) {
    }

    /** How many contacts the start fixed, how far their dispatch is, and how many were left out for which reason. */
    @RegisterForReflection
    @Schema(name = "RecipientCounts")
    public record RecipientCounts(long targeted, long queued, long sent, long failed, long notSent,
            @Schema(example = "{\"ARCHIVED\": 2, \"NOT_SUBSCRIBED\": 5}") Map<String, Long> notSentByReason) {
    }
}
