package io.rekindle.campaign.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Tells opens by machines from opens by people. Apple Mail Privacy Protection fetches images through a
 * proxy that sends a bare "Mozilla/5.0" user agent; security scanners name themselves or send none; and
 * any fetch within seconds of delivery is a prefetch, since nobody reads that fast.
 */
public final class OpenClassifier {

    private static final List<String> SCANNER_MARKERS = List.of("bot", "crawler", "spider", "scanner", "barracuda",
            "mimecast", "proofpoint", "symantec", "forcepoint", "python-requests", "curl/", "go-http-client");

    private final Duration prefetchWindow;

    public OpenClassifier(Duration prefetchWindow) {
        this.prefetchWindow = prefetchWindow;
    }

    public boolean isMachineOpen(String userAgent, Instant sentAt, Instant openedAt) {
        if (sentAt != null && openedAt.isBefore(sentAt.plus(prefetchWindow))) {
            return true;
        }
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.strip();
        if (agent.equals("Mozilla/5.0")) {
            return true;
        }
        String lower = agent.toLowerCase(Locale.ROOT);
        return SCANNER_MARKERS.stream().anyMatch(lower::contains);
    }
}
