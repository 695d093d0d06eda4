package io.rekindle.segment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.segment.domain.criteria.PropertyFilter.ContactProperty;
import io.rekindle.segment.domain.criteria.PropertyFilter.Operator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlPredicateTest {

    private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    @Test
    void valuesAreBoundAsParametersNeverWrittenIntoTheSql() {
        SqlPredicate predicate = SqlPredicate.of(new PropertyFilter(ContactProperty.email, Operator.equals,
                "x'); drop table contact_profile; --"), NOW);

        assertThat(predicate.condition()).doesNotContain("drop table").contains(":p0");
        assertThat(predicate.parameters()).containsEntry("p0", "x'); drop table contact_profile; --");
    }

    @Test
    void likeWildcardsInAValueMatchThemselves() {
        SqlPredicate predicate = SqlPredicate.of(new PropertyFilter(ContactProperty.email, Operator.contains, "50%_off"), NOW);

        assertThat(predicate.parameters()).containsEntry("p0", "%50\\%\\_off%");
    }

    @Test
    void emptyAndMatchesEveryoneAndEmptyOrMatchesNoOne() {
        assertThat(SqlPredicate.of(new Criterion.And(List.of()), NOW).condition()).isEqualTo("true");
        assertThat(SqlPredicate.of(new Criterion.Or(List.of()), NOW).condition()).isEqualTo("false");
    }

    @Test
    void relativeTimesAreResolvedAgainstTheGivenNowAndBound() {
        SqlPredicate predicate = SqlPredicate.of(new LastEngagementFilter(LastEngagementFilter.Activity.emailOpened,
                LastEngagementFilter.Operator.moreThanAgo, new Period(52, Period.Unit.weeks), true), NOW);

        assertThat(predicate.condition()).contains("e.last_email_human_open_at < :p0").doesNotContain("now()");
        assertThat(predicate.parameters()).containsEntry("p0", NOW.minusSeconds(52L * 7 * 86_400));
    }

    @Test
    void campaignIdsAndCountsAreParameters() {
        UUID campaign = UUID.randomUUID();
        SqlPredicate predicate = SqlPredicate.of(new EmailActivityFilter(EmailActivityFilter.Activity.received, campaign,
                null, new CountCondition(CountCondition.Comparison.atLeast, 5), null, null), NOW);

        assertThat(predicate.condition()).doesNotContain(campaign.toString()).contains(">= :p2");
        assertThat(predicate.parameters()).containsValues(campaign, 5L);
    }

    @Test
    void zeroTimesIsANotExistsSoContactsWithoutHistoryMatch() {
        SqlPredicate predicate = SqlPredicate.of(new OrderFilter(new CountCondition(CountCondition.Comparison.exactly, 0),
                null), NOW);

        assertThat(predicate.condition()).startsWith("not exists (select 1 from contact_order o");
    }
}
