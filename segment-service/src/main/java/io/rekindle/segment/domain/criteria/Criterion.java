package io.rekindle.segment.domain.criteria;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One node of a segment definition: a group ({@code and}, {@code or}, {@code not}) or a filter.
 * Written as JSON with a {@code type} discriminator, e.g.
 * {@code {"type":"and","criteria":[{"type":"property","property":"email","operator":"endsWith","value":"@example.com"}]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.And.class, name = "and"),
        @JsonSubTypes.Type(value = Criterion.Or.class, name = "or"),
        @JsonSubTypes.Type(value = Criterion.Not.class, name = "not"),
        @JsonSubTypes.Type(value = PropertyFilter.class, name = "property"),
        @JsonSubTypes.Type(value = CreatedFilter.class, name = "created"),
        @JsonSubTypes.Type(value = ArchivedFilter.class, name = "archived"),
        @JsonSubTypes.Type(value = SubscriptionFilter.class, name = "subscribed"),
        @JsonSubTypes.Type(value = DoubleOptInFilter.class, name = "doubleOptIn"),
        @JsonSubTypes.Type(value = EmailActivityFilter.class, name = "emailActivity"),
        @JsonSubTypes.Type(value = SmsActivityFilter.class, name = "smsActivity"),
        @JsonSubTypes.Type(value = LastMessagesFilter.class, name = "lastMessages"),
        @JsonSubTypes.Type(value = LastEngagementFilter.class, name = "lastEngagement"),
        @JsonSubTypes.Type(value = OrderFilter.class, name = "placedOrder")})
@Schema(name = "Criterion", oneOf = {Criterion.And.class, Criterion.Or.class, Criterion.Not.class, PropertyFilter.class,
        CreatedFilter.class, ArchivedFilter.class, SubscriptionFilter.class, DoubleOptInFilter.class,
        EmailActivityFilter.class, SmsActivityFilter.class, LastMessagesFilter.class, LastEngagementFilter.class,
        OrderFilter.class},
        description = "A group of criteria or a filter, told apart by `type`: and, or, not, property, created, archived,"
                + " subscribed, doubleOptIn, emailActivity, smsActivity, lastMessages, lastEngagement, placedOrder",
        example = "{\"type\": \"and\", \"criteria\": [{\"type\": \"emailActivity\", \"activity\": \"received\","
                + " \"campaignId\": \"8d1c9f4e-5b3a-4c7e-9e0d-1f2a3b4c5d6e\"}, {\"type\": \"not\", \"criterion\":"
                + " {\"type\": \"emailActivity\", \"activity\": \"opened\", \"campaignId\": \"8d1c9f4e-5b3a-4c7e-9e0d-1f2a3b4c5d6e\"}}]}")
// Subtypes are only reached through @JsonSubTypes, so a native image is told about them explicitly.
@RegisterForReflection(targets = {Criterion.And.class, Criterion.Or.class, Criterion.Not.class, PropertyFilter.class,
        CreatedFilter.class, ArchivedFilter.class, SubscriptionFilter.class, DoubleOptInFilter.class,
        EmailActivityFilter.class, SmsActivityFilter.class, LastMessagesFilter.class, LastEngagementFilter.class,
        OrderFilter.class, Period.class, CountCondition.class})
public sealed interface Criterion permits Criterion.And, Criterion.Or, Criterion.Not, PropertyFilter, CreatedFilter,
        ArchivedFilter, SubscriptionFilter, DoubleOptInFilter, EmailActivityFilter, SmsActivityFilter,
        LastMessagesFilter, LastEngagementFilter, OrderFilter {

    <R> R accept(CriterionVisitor<R> visitor);

    /** Every criterion holds; an empty {@code and} matches every contact. */
    @Schema(name = "AndCriterion")
    record And(@NotNull List<@Valid Criterion> criteria)
            implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.and(this);
        }
    }

    /** At least one criterion holds; an empty {@code or} matches no contact. */
    @Schema(name = "OrCriterion")
    record Or(@NotNull List<@Valid Criterion> criteria)
            implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.or(this);
        }
    }

    /** The criterion does not hold. */
    @Schema(name = "NotCriterion")
    record Not(@Valid @NotNull Criterion criterion) implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.not(this);
        }
    }
}
