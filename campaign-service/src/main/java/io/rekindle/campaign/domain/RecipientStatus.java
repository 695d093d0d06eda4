package io.rekindle.campaign.domain;

/** A recipient's state in one campaign: waiting for dispatch, sent, failed at SMTP, or left out with a reason. */
public enum RecipientStatus {
    QUEUED,
    SENT,
    FAILED,
    NOT_SENT
}
