package io.rekindle.account.replica;

import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link AccountSettingsReplica} equal to the newest {@code AccountSettingsChanged}. Each event
 * carries the full state and a revision, so an older revision arriving late (a replay, a redelivery)
 * never overwrites a newer one.
 */
@ApplicationScoped
public class AccountSettingsReplicator {

    private final IdempotentEventProcessor processor;
    private final EntityManager entityManager;
    private final EventHandlers handlers;
    private final String consumerName;

    AccountSettingsReplicator(IdempotentEventProcessor processor, EntityManager entityManager,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.processor = processor;
        this.entityManager = entityManager;
        this.handlers = new EventHandlers().on(AccountSettingsChanged.TYPE, this::apply);
        this.consumerName = serviceName + ".account-settings-replica";
    }

    @Incoming("account-settings")
    @Blocking
    public void onAccountEvent(String record) {
        processor.process(consumerName, record, handlers);
    }

    private void apply(AccountSettingsChanged changed) {
        AccountSettingsReplica existing = entityManager.find(AccountSettingsReplica.class, changed.accountId());
        if (existing != null && existing.revision >= changed.revision()) {
            return;
        }
        AccountSettingsReplica replica = existing != null ? existing : new AccountSettingsReplica();
        replica.accountId = changed.accountId();
        replica.name = changed.name();
        replica.timeZone = changed.timeZone();
        replica.defaultFromName = changed.defaultFromName();
        replica.defaultFromAddress = changed.defaultFromAddress();
        replica.verifiedSendingDomains = new ArrayList<>(changed.verifiedSendingDomains());
        replica.resubscriptionThroughFormsEnabled = changed.resubscriptionThroughFormsEnabled();
        replica.revision = changed.revision();
        replica.changedAt = changed.changedAt();
        if (existing == null) {
            entityManager.persist(replica);
        }
    }
}
