package io.rekindle.segment.service;

import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.domain.criteria.SqlPredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Counts the contacts a segment definition would hold, before it is saved. */
@ApplicationScoped
public class SegmentPreviewService {

    private final EntityManager entityManager;

    SegmentPreviewService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Criterion criteria) {
        SqlPredicate predicate = SqlPredicate.of(criteria);
        Query query = entityManager.createNativeQuery(
                "select count(*) from contact_profile p where " + predicate.condition(), Long.class);
        predicate.parameters().forEach(query::setParameter);
        return (Long) query.getSingleResult();
    }
}
