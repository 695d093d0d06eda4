package io.rekindle.segment.domain.criteria;

/** Walks a criteria tree, e.g. to translate it into SQL. */
public interface CriterionVisitor<R> {

    R and(Criterion.And and);

    R or(Criterion.Or or);

    R not(Criterion.Not not);

    R property(PropertyFilter filter);
}
