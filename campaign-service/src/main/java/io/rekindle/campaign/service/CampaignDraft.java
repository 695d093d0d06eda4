package io.rekindle.campaign.service;

import io.rekindle.campaign.domain.Audience;
import io.rekindle.campaign.domain.CampaignKind;
import io.rekindle.campaign.domain.Channel;
import java.time.LocalDateTime;
import java.util.UUID;

/** A campaign as written by a client; {@code sendAt} and {@code timeZone} are both set or both absent. */
public record CampaignDraft(String name, CampaignKind kind, Channel channel, UUID subscriptionTypeId, UUID templateId,
        Audience audience, LocalDateTime sendAt, String timeZone) {
}
