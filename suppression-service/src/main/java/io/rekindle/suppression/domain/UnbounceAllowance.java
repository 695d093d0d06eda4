package io.rekindle.suppression.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The monthly unbounce allowance (HubSpot's rule, B4): 2% of the account's total contacts, at least 10
 * and at most 1,000, per calendar month in the account's time zone.
 *
 * @param month the calendar month counted
 * @param limit unbounces allowed in that month
 * @param used  unbounces already done in that month
 */
public record UnbounceAllowance(YearMonth month, long limit, long used) {

    public static final long MINIMUM = 10;
    public static final long MAXIMUM = 1_000;

    /** 2% rounded down, so the limit never exceeds the rule's share. */
    public static long limitFor(long totalContacts) {
        return Math.max(MINIMUM, Math.min(MAXIMUM, Math.max(0, totalContacts) * 2 / 100));
    }

    public long remaining() {
        return Math.max(0, limit - used);
    }

    public boolean exhausted() {
        return used >= limit;
    }

    /** The calendar month {@code instant} falls in, in the account's zone. */
    public static YearMonth monthOf(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone));
    }

    /** First instant of {@code month} in {@code zone}. */
    public static Instant startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
