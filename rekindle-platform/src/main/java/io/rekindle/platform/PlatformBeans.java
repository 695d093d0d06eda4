package io.rekindle.platform;

import io.quarkus.arc.DefaultBean;
import io.rekindle.events.EventCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Beans every service shares: the clock and the event codec. */
@Singleton
public class PlatformBeans {

    /**
     * The clock every time-dependent rule reads. Injected rather than called statically so that tests
     * and the demo can move time forward (a 7-day response window in seconds) without touching the rules.
     */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
