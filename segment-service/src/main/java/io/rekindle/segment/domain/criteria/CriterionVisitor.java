package io.rekindle.segment.domain.criteria;

/** Walks a criteria tree, e.g. to translate it into SQL. */
public interface CriterionVisitor<R> {

    R and(Criterion.And and);

    R or(Criterion.Or or);

    R not(Criterion.Not not);

    R property(PropertyFilter filter);

    R created(CreatedFilter filter);

    R archived(ArchivedFilter filter);

    R subscribed(SubscriptionFilter filter);

    R doubleOptIn(DoubleOptInFilter filter);

    R emailActivity(EmailActivityFilter filter);

    R smsActivity(SmsActivityFilter filter);

    R lastMessages(LastMessagesFilter filter);

    R lastEngagement(LastEngagementFilter filter);

    R placedOrder(OrderFilter filter);
}
