package io.rekindle.segment.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The test suite's clock: the system clock until a test fixes "now", which replaces the platform's default clock bean. */
@Singleton
public class MovableClock extends Clock {

    private volatile Instant fixed;

    public void fix(Instant now) {
        this.fixed = now;
    }

    public void release() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
