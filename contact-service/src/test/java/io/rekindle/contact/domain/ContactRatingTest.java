package io.rekindle.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactRatingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void aRecentClickIsFiveStarsAndARecentOpenFour() {
        assertThat(ContactRating.of(null, daysAgo(3), 10, NOW)).isEqualTo(5);
        assertThat(ContactRating.of(daysAgo(3), null, 10, NOW)).isEqualTo(4);
        assertThat(ContactRating.of(null, daysAgo(60), 10, NOW)).isEqualTo(4);
    }

    @Test
    void engagementFadesStarByStarAsTimePasses() {
        assertThat(ContactRating.of(daysAgo(60), null, 10, NOW)).isEqualTo(3);
        assertThat(ContactRating.of(daysAgo(200), null, 10, NOW)).isEqualTo(2);
        assertThat(ContactRating.of(daysAgo(400), daysAgo(400), 10, NOW)).isEqualTo(1);
    }

    @Test
    void aContactWhoReceivedFewEmailsIsNewNotInactive() {
        assertThat(ContactRating.of(null, null, 0, NOW)).isEqualTo(3);
        assertThat(ContactRating.of(null, null, 2, NOW)).isEqualTo(3);
        assertThat(ContactRating.of(null, null, 3, NOW)).isEqualTo(1);
    }
}
