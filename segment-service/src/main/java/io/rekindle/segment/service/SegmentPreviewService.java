package io.rekindle.segment.service;

import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.domain.criteria.SqlPredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Counts the contacts a segment definition would hold, before it is saved. */
@ApplicationScoped
public class SegmentPreviewService {

    private final EntityManager entityManager;
    private final Clock clock;

    SegmentPreviewService(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Criterion criteria) {
        SqlPredicate predicate = SqlPredicate.of(criteria, clock.instant());
        Query query = entityManager.createNativeQuery(
                "select count(*) from contact_profile p where " + predicate.condition(), Long.class);
        predicate.parameters().forEach(query::setParameter);
        return (Long) query.getSingleResult();
    }
}
