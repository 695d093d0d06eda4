package io.rekindle.contact.service;

import io.quarkus.runtime.StartupEvent;
import io.rekindle.contact.config.AccountConfig;
import io.rekindle.contact.domain.AccountSettings;
import io.rekindle.contact.repository.AccountSettingsRepository;
import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and changes the account's settings, publishing each new state for the other services. */
@ApplicationScoped
public class AccountSettingsService {

    private final AccountSettingsRepository repository;
    private final EventOutbox outbox;
    private final AccountConfig config;
    private final Clock clock;

    AccountSettingsService(AccountSettingsRepository repository, EventOutbox outbox, AccountConfig config, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The settings a user can change. */
    public record Changes(String name, String timeZone, String defaultFromName, String defaultFromAddress,
            List<String> verifiedSendingDomains, boolean resubscriptionThroughFormsEnabled) {
    }

    /**
     * On first start the account is created from configuration and published, so that the other
     * services hold a copy before anyone edits it. Replicas starting together race on the insert;
     * {@code on conflict do nothing} lets exactly one of them create and publish it.
     */
    @Transactional
    void createOnFirstStart(@Observes StartupEvent startup) {
        int created = repository.getEntityManager().createNativeQuery("""
                insert into account_settings (account_id, name, time_zone, verified_sending_domains,
                                              resubscription_through_forms, revision, changed_at)
                values (:id, :name, :timeZone, '{}', false, 1, :now)
                on conflict (account_id) do nothing
                """)
                .setParameter("id", config.id())
                .setParameter("name", config.initialName())
                .setParameter("timeZone", config.initialTimeZone())
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
        if (created == 1) {
            publish(repository.findById(config.id()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountSettings current() {
        return repository.findById(config.id());
    }

    @Transactional
    public AccountSettings change(Changes changes) {
        AccountSettings settings = repository.findById(config.id(), LockModeType.PESSIMISTIC_WRITE);
        settings.name = changes.name().strip();
        settings.timeZone = changes.timeZone();
        settings.defaultFromName = changes.defaultFromName();
        settings.defaultFromAddress = changes.defaultFromAddress();
        settings.verifiedSendingDomains = new ArrayList<>(changes.verifiedSendingDomains().stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT)).distinct().sorted().toList());
        settings.resubscriptionThroughFormsEnabled = changes.resubscriptionThroughFormsEnabled();
        settings.revision++;
        settings.changedAt = clock.instant();
        publish(settings);
        return settings;
    }

    private void publish(AccountSettings settings) {
        outbox.record(AccountSettingsChanged.TYPE, new AccountSettingsChanged(settings.accountId, settings.name,
                settings.timeZone, settings.defaultFromName, settings.defaultFromAddress,
                settings.verifiedSendingDomains, settings.resubscriptionThroughFormsEnabled, settings.revision,
                settings.changedAt));
    }
}
