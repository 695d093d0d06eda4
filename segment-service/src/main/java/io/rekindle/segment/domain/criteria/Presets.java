package io.rekindle.segment.domain.criteria;

import java.util.List;
import java.util.UUID;

/** The peer products' re-engagement segments (HubSpot R5/R8, Klaviyo K3, Mailchimp M3/M4) as criteria trees. */
public final class Presets {

    private Presets() {
    }

    /**
     * R5, campaign variant: received campaign X and did not open it, and the last open is more than
     * {@code weeks} ago or unknown.
     */
    public static Criterion hubSpotUnengaged(UUID campaignId, int weeks, boolean excludeMachineOpens) {
        Criterion receivedNotOpened = new Criterion.And(List.of(
                email(EmailActivityFilter.Activity.received, campaignId, excludeMachineOpens),
                new Criterion.Not(email(EmailActivityFilter.Activity.opened, campaignId, excludeMachineOpens))));
        return new Criterion.And(List.of(receivedNotOpened, new Criterion.Or(List.of(
                new LastEngagementFilter(LastEngagementFilter.Activity.emailOpened, LastEngagementFilter.Operator.moreThanAgo,
                        new Period(weeks, Period.Unit.weeks), excludeMachineOpens),
                new LastEngagementFilter(LastEngagementFilter.Activity.emailOpened, LastEngagementFilter.Operator.unknown,
                        null, excludeMachineOpens)))));
    }

    /** R8 segment 1: clicked a link (the "stay subscribed" link counts) in the permission-pass email. */
    public static Criterion permissionPassConfirmers(UUID campaignId) {
        return email(EmailActivityFilter.Activity.clicked, campaignId, false);
    }

    /** R8 segment 2: received the permission-pass email and is not in segment 1. */
    public static Criterion permissionPassNonConfirmers(UUID campaignId) {
        return new Criterion.And(List.of(email(EmailActivityFilter.Activity.received, campaignId, false),
                new Criterion.Not(permissionPassConfirmers(campaignId))));
    }

    /**
     * K3: subscribed to email for more than {@code subscribedDays}, no open in {@code noOpenDays}, a
     * received-email count condition over all time, and at least one order (purchasers) or none.
     */
    public static Criterion klaviyoUnengaged(boolean purchasers, int subscribedDays, int noOpenDays,
            CountCondition received, boolean excludeMachineOpens) {
        return new Criterion.And(List.of(
                new SubscriptionFilter(Channel.EMAIL, null, new Period(subscribedDays, Period.Unit.days)),
                new EmailActivityFilter(EmailActivityFilter.Activity.opened, null, null,
                        new CountCondition(CountCondition.Comparison.exactly, 0), new Period(noOpenDays, Period.Unit.days),
                        excludeMachineOpens),
                new EmailActivityFilter(EmailActivityFilter.Activity.received, null, null, received, null, null),
                new OrderFilter(purchasers ? CountCondition.AT_LEAST_ONCE : new CountCondition(CountCondition.Comparison.exactly, 0),
                        null)));
    }

    /** M3/M4: did not open (email) or click (email, SMS) any of the last {@code last} messages. */
    public static Criterion mailchimpInactive(Channel channel, LastMessagesFilter.Activity activity, int last,
            boolean excludeMachineOpens) {
        return new LastMessagesFilter(channel, activity, LastMessagesFilter.Quantifier.none, last, excludeMachineOpens);
    }

    private static EmailActivityFilter email(EmailActivityFilter.Activity activity, UUID campaignId,
            boolean excludeMachineOpens) {
        return new EmailActivityFilter(activity, campaignId, null, null, null, excludeMachineOpens);
    }
}
