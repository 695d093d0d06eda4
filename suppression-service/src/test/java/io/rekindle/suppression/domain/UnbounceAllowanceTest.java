package io.rekindle.suppression.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UnbounceAllowanceTest {

    @Test
    void theAllowanceIsTwoPercentOfTotalContactsRoundedDownBetween10And1000() {
        assertThat(UnbounceAllowance.limitFor(0)).isEqualTo(10);
        assertThat(UnbounceAllowance.limitFor(549)).isEqualTo(10);
        assertThat(UnbounceAllowance.limitFor(550)).isEqualTo(11);
        assertThat(UnbounceAllowance.limitFor(5_000)).isEqualTo(100);
        assertThat(UnbounceAllowance.limitFor(50_049)).isEqualTo(1_000);
        assertThat(UnbounceAllowance.limitFor(10_000_000)).isEqualTo(1_000);
    }

    @Test
    void whatIsLeftNeverGoesBelowZero() {
        assertThat(new UnbounceAllowance(YearMonth.of(2027, 1), 10, 12).remaining()).isZero();
        assertThat(new UnbounceAllowance(YearMonth.of(2027, 1), 10, 12).exhausted()).isTrue();
        assertThat(new UnbounceAllowance(YearMonth.of(2027, 1), 10, 9).remaining()).isEqualTo(1);
    }

    @Test
    void theMonthStartsAtMidnightInTheAccountsTimeZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(UnbounceAllowance.monthOf(Instant.parse("2027-01-31T16:00:00Z"), tokyo)).isEqualTo(YearMonth.of(2027, 2));
        assertThat(UnbounceAllowance.startOf(YearMonth.of(2027, 2), tokyo)).isEqualTo(Instant.parse("2027-01-31T15:00:00Z"));
    }
}
