package io.rekindle.campaign.domain;

/** The channel a campaign goes out on, as contact subscriptions name it. */
public enum Channel {
    EMAIL,
    SMS
}
