package io.rekindle.events.account;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * The account's settings as they are after a change: the full state, so a consumer needs only the
 * latest record (the topic is compacted by account id) to hold a correct copy.
 */
public record AccountSettingsChanged(
        String accountId,
        String name,
        String timeZone,
        String defaultFromName,
        String defaultFromAddress,
        List<String> verifiedSendingDomains,
        boolean resubscriptionThroughFormsEnabled,
        long revision,
        Instant changedAt) implements EventPayload {

    public static final EventType<AccountSettingsChanged> TYPE =
            EventType.of("account", "AccountSettingsChanged", 1, AccountSettingsChanged.class, Topics.ACCOUNT);

    public AccountSettingsChanged {
        verifiedSendingDomains = verifiedSendingDomains == null ? List.of() : List.copyOf(verifiedSendingDomains);
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
