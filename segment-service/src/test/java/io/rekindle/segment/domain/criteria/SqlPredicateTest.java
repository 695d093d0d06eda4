package io.rekindle.segment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.segment.domain.criteria.PropertyFilter.ContactProperty;
import io.rekindle.segment.domain.criteria.PropertyFilter.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlPredicateTest {

    @Test
    void valuesAreBoundAsParametersNeverWrittenIntoTheSql() {
        SqlPredicate predicate = SqlPredicate.of(new PropertyFilter(ContactProperty.email, Operator.equals,
                "x'); drop table contact_profile; --"));

        assertThat(predicate.condition()).doesNotContain("drop table").contains(":p0");
        assertThat(predicate.parameters()).containsEntry("p0", "x'); drop table contact_profile; --");
    }

    @Test
    void likeWildcardsInAValueMatchThemselves() {
        SqlPredicate predicate = SqlPredicate.of(new PropertyFilter(ContactProperty.email, Operator.contains, "50%_off"));

        assertThat(predicate.parameters()).containsEntry("p0", "%50\\%\\_off%");
    }

    @Test
    void emptyAndMatchesEveryoneAndEmptyOrMatchesNoOne() {
        assertThat(SqlPredicate.of(new Criterion.And(List.of())).condition()).isEqualTo("true");
        assertThat(SqlPredicate.of(new Criterion.Or(List.of())).condition()).isEqualTo("false");
    }
}
