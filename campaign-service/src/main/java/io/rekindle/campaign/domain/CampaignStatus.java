package io.rekindle.campaign.domain;

/** Where a campaign is in its life: edited, waiting for its time, or started with its recipients fixed. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    STARTED;

    public boolean isEditable() {
        return this != STARTED;
    }
}
