package io.rekindle.contact.rest;

import io.rekindle.contact.config.FormConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits public form submissions per client address (a fixed one-minute window), so a script cannot
 * use a form to mail-bomb addresses with confirmation emails. Per replica, in memory: with N replicas
 * the effective limit is N times higher, which is acceptable for abuse prevention.
 */
@ApplicationScoped
public class SubmissionRateLimiter {

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    SubmissionRateLimiter(FormConfig config, Clock clock) {
        this.perMinute = config.submissionsPerMinute();
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** True when this client may submit now; counts the attempt. */
    public boolean tryAcquire(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().minute() < minute);
        }
        Window window = windows.merge(client, new Window(minute, 1), (old, fresh) ->
                old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        return window.count() <= perMinute;
    }
}
