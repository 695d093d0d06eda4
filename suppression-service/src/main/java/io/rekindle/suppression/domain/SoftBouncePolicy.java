package io.rekindle.suppression.domain;

import java.time.Duration;

/**
 * When soft bounces add up to a suppression: {@code threshold} recipient-side soft bounces within
 * {@code window}, counted only after the latest successful delivery (a delivery proves the mailbox works).
 */
public record SoftBouncePolicy(int threshold, Duration window) {

    public SoftBouncePolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("soft-bounce threshold must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("soft-bounce window must be positive");
        }
    }

    public boolean suppresses(long softBouncesCounted) {
        return softBouncesCounted >= threshold;
    }
}
