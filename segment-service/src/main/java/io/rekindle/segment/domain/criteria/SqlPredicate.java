package io.rekindle.segment.domain.criteria;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A criteria tree as a SQL condition over {@code contact_profile p}, with every value bound as a
 * named parameter (never concatenated), so a segment definition cannot inject SQL. Relative times
 * ("more than 52 weeks ago") are resolved against the {@code now} given, never the database clock,
 * so the injected {@link java.time.Clock} decides what "now" is.
 */
public final class SqlPredicate {

    private final String condition;
    private final Map<String, Object> parameters;

    private SqlPredicate(String condition, Map<String, Object> parameters) {
        this.condition = condition;
        this.parameters = parameters;
    }

    public static SqlPredicate of(Criterion criterion, Instant now) {
        Translator translator = new Translator(now);
        String condition = criterion.accept(translator);
        return new SqlPredicate(condition, translator.parameters);
    }

    public String condition() {
        return condition;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static final class Translator implements CriterionVisitor<String> {

        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final Instant now;

        Translator(Instant now) {
            this.now = now;
        }

        @Override
        public String and(Criterion.And and) {
            if (and.criteria().isEmpty()) {
                return "true";
            }
            return and.criteria().stream().map(c -> c.accept(this)).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public String or(Criterion.Or or) {
            if (or.criteria().isEmpty()) {
                return "false";
            }
            return or.criteria().stream().map(c -> c.accept(this)).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public String not(Criterion.Not not) {
            return "not coalesce(" + not.criterion().accept(this) + ", false)";
        }

        @Override
        public String property(PropertyFilter filter) {
            String column = switch (filter.property()) {
                case email -> "p.email";
                case firstName -> "p.first_name";
                case lastName -> "p.last_name";
                case phone -> "p.phone";
            };
            return switch (filter.operator()) {
                case isKnown -> "(" + column + " is not null and " + column + " <> '')";
                case isUnknown -> "(" + column + " is null or " + column + " = '')";
                case equals -> "lower(" + column + ") = lower(" + bind(filter.value()) + ")";
                case notEquals -> "lower(coalesce(" + column + ", '')) <> lower(" + bind(filter.value()) + ")";
                case contains -> column + " ilike " + bind("%" + escapeLike(filter.value()) + "%");
                case startsWith -> column + " ilike " + bind(escapeLike(filter.value()) + "%");
                case endsWith -> column + " ilike " + bind("%" + escapeLike(filter.value()));
            };
        }

        @Override
        public String created(CreatedFilter filter) {
            return switch (filter.operator()) {
                case before -> "p.created_at < " + bind(filter.date());
                case after -> "p.created_at > " + bind(filter.date());
                case moreThanAgo -> "p.created_at < " + bind(filter.period().before(now));
                case lessThanAgo -> "p.created_at >= " + bind(filter.period().before(now));
            };
        }

        @Override
        public String archived(ArchivedFilter filter) {
            return filter.archived() ? "p.archived_at is not null" : "p.archived_at is null";
        }

        @Override
        public String subscribed(SubscriptionFilter filter) {
            StringBuilder sql = new StringBuilder("exists (select 1 from contact_subscription cs where cs.contact_id = p.contact_id"
                    + " and cs.status = 'SUBSCRIBED' and cs.channel = ").append(bind(filter.channel().name()));
            if (filter.subscriptionTypeId() != null) {
                sql.append(" and cs.subscription_type_id = ").append(bind(filter.subscriptionTypeId()));
            }
            if (filter.subscribedMoreThan() != null) {
                sql.append(" and cs.subscribed_at < ").append(bind(filter.subscribedMoreThan().before(now)));
            }
            return sql.append(')').toString();
        }

        @Override
        public String doubleOptIn(DoubleOptInFilter filter) {
            StringBuilder sql = new StringBuilder("exists (select 1 from contact_subscription cs where cs.contact_id = p.contact_id"
                    + " and cs.double_opt_in_confirmed");
            if (filter.channel() != null) {
                sql.append(" and cs.channel = ").append(bind(filter.channel().name()));
            }
            if (filter.subscriptionTypeId() != null) {
                sql.append(" and cs.subscription_type_id = ").append(bind(filter.subscriptionTypeId()));
            }
            sql.append(')');
            return filter.confirmed() ? sql.toString() : "not " + sql;
        }

        @Override
        public String emailActivity(EmailActivityFilter filter) {
            boolean humanOnly = Boolean.TRUE.equals(filter.excludeMachineOpens());
            String time = switch (filter.activity()) {
                case received -> "s.received_at";
                case opened -> humanOnly ? "s.last_human_open_at" : "s.last_open_at";
                case clicked -> "s.last_click_at";
                case bounced -> "s.bounced_at";
                case confirmed -> "s.confirmed_at";
            };
            String happened = filter.activity() == EmailActivityFilter.Activity.received
                    ? "s.received" : time + " is not null";
            return messageCount(Channel.EMAIL, happened, time, filter.campaignId(), filter.linkId(), filter.count(),
                    filter.within());
        }

        @Override
        public String smsActivity(SmsActivityFilter filter) {
            String time = filter.activity() == SmsActivityFilter.Activity.received ? "s.received_at" : "s.last_click_at";
            String happened = filter.activity() == SmsActivityFilter.Activity.received ? "s.received" : time + " is not null";
            return messageCount(Channel.SMS, happened, time, filter.campaignId(), filter.linkId(), filter.count(),
                    filter.within());
        }

        /**
         * Compares the number of the contact's messages on a channel that show an activity with a
         * count; a link filter looks at that link's own click times.
         */
        private String messageCount(Channel channel, String happened, String time, UUID campaignId, String linkId,
                CountCondition count, Period within) {
            StringBuilder sql = new StringBuilder("from message_send s where s.contact_id = p.contact_id and s.channel = ")
                    .append(bind(channel.name())).append(" and ").append(happened);
            if (campaignId != null) {
                sql.append(" and s.campaign_id = ").append(bind(campaignId));
            }
            if (linkId != null) {
                sql.append(" and exists (select 1 from message_click mc where mc.send_id = s.send_id and mc.link_id = ")
                        .append(bind(linkId));
                if (within != null) {
                    sql.append(" and mc.last_clicked_at >= ").append(bind(within.before(now)));
                }
                sql.append(')');
            } else if (within != null) {
                sql.append(" and ").append(time).append(" >= ").append(bind(within.before(now)));
            }
            return compareCount(sql.toString(), count == null ? CountCondition.AT_LEAST_ONCE : count);
        }

        /** "At least once" and "zero times" as exists / not exists, the rest as a counted subquery. */
        private String compareCount(String fromWhere, CountCondition count) {
            int value = count.value();
            CountCondition.Comparison comparison = count.operator();
            if ((comparison == CountCondition.Comparison.atLeast && value == 1)
                    || (comparison == CountCondition.Comparison.moreThan && value == 0)) {
                return "exists (select 1 " + fromWhere + ")";
            }
            if (((comparison == CountCondition.Comparison.exactly || comparison == CountCondition.Comparison.atMost)
                    && value == 0) || (comparison == CountCondition.Comparison.lessThan && value == 1)) {
                return "not exists (select 1 " + fromWhere + ")";
            }
            return "(select count(*) " + fromWhere + ") " + comparison.sql + " " + bind((long) value);
        }

        @Override
        public String lastMessages(LastMessagesFilter filter) {
            boolean humanOnly = Boolean.TRUE.equals(filter.excludeMachineOpens());
            String column = filter.activity() == LastMessagesFilter.Activity.clicked ? "s.last_click_at"
                    : humanOnly ? "s.last_human_open_at" : "s.last_open_at";
            String lastN = "(select " + column + " as engaged_at from message_send s where s.contact_id = p.contact_id"
                    + " and s.channel = " + bind(filter.channel().name()) + " and s.received"
                    + " order by s.received_at desc, s.send_id limit " + bind((long) filter.last()) + ") ln";
            return switch (filter.quantifier()) {
                case any -> "exists (select 1 from " + lastN + " where ln.engaged_at is not null)";
                case none -> "not exists (select 1 from " + lastN + " where ln.engaged_at is not null)";
                case all -> "(exists (select 1 from " + lastN + ") and not exists (select 1 from "
                        + lastN.replace(" ln", " ln2") + " where ln2.engaged_at is null))";
            };
        }

        @Override
        public String lastEngagement(LastEngagementFilter filter) {
            String column = switch (filter.activity()) {
                case emailOpened -> Boolean.TRUE.equals(filter.excludeMachineOpens())
                        ? "e.last_email_human_open_at" : "e.last_email_open_at";
                case emailClicked -> "e.last_email_click_at";
                case smsClicked -> "e.last_sms_click_at";
            };
            String known = "exists (select 1 from contact_engagement e where e.contact_id = p.contact_id and "
                    + column + " is not null";
            return switch (filter.operator()) {
                case known -> known + ")";
                case unknown -> "not " + known + ")";
                case moreThanAgo -> known + " and " + column + " < " + bind(filter.period().before(now)) + ")";
                case lessThanAgo -> known + " and " + column + " >= " + bind(filter.period().before(now)) + ")";
            };
        }

        @Override
        public String placedOrder(OrderFilter filter) {
            String fromWhere = "from contact_order o where o.contact_id = p.contact_id"
                    + (filter.within() == null ? "" : " and o.placed_at >= " + bind(filter.within().before(now)));
            return compareCount(fromWhere, filter.count() == null ? CountCondition.AT_LEAST_ONCE : filter.count());
        }

        private String bind(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return ":" + name;
        }

        private static String escapeLike(String value) {
            return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
