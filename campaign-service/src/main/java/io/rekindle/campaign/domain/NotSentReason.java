package io.rekindle.campaign.domain;

/** Why a contact of the audience was left out when the campaign started (R7, B1). */
public enum NotSentReason {
    /** Not in the contact copy: never known to this service, or erased. */
    UNKNOWN_CONTACT,
    ARCHIVED,
    /** Not subscribed to the campaign's subscription type on its channel. */
    NOT_SUBSCRIBED
}
