package io.rekindle.contact.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Mailchimp's contact rating (M2): 1–5 stars from email engagement only (no SMS, automations, ads or
 * landing pages), computed when read so it ages without any event.
 *
 * <ul>
 *   <li>5: clicked in the last 30 days;</li>
 *   <li>4: opened in the last 30 days, or clicked in the last 90;</li>
 *   <li>3: opened in the last 90 days, or new: fewer than 3 emails received, so nothing is known yet;</li>
 *   <li>2: opened or clicked in the last 365 days;</li>
 *   <li>1: inactive: at least 3 emails received and no open or click for 365 days (or ever).</li>
 * </ul>
 * Opens are human opens; machine opens (privacy proxies) are not counted upstream.
 */
public final class ContactRating {

    static final int NEW_CONTACT_EMAILS = 3;

    private ContactRating() {
    }

    public static int of(Instant lastOpened, Instant lastClicked, int emailsReceived, Instant now) {
        if (within(lastClicked, now, 30)) {
            return 5;
        }
        if (within(lastOpened, now, 30) || within(lastClicked, now, 90)) {
            return 4;
        }
        if (within(lastOpened, now, 90) || emailsReceived < NEW_CONTACT_EMAILS) {
            return 3;
        }
        if (within(lastOpened, now, 365) || within(lastClicked, now, 365)) {
            return 2;
        }
        return 1;
    }

    private static boolean within(Instant at, Instant now, int days) {
        return at != null && !at.isBefore(now.minus(Duration.ofDays(days)));
    }
}
