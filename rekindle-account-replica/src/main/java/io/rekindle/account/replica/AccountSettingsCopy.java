package io.rekindle.account.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the account settings this service holds. Empty until the first event arrived. */
@ApplicationScoped
public class AccountSettingsCopy {

    private final EntityManager entityManager;
    private final String accountId;

    AccountSettingsCopy(EntityManager entityManager,
            @ConfigProperty(name = "rekindle.account.id", defaultValue = "default") String accountId) {
        this.entityManager = entityManager;
        this.accountId = accountId;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountSettingsReplica> current() {
        return Optional.ofNullable(entityManager.find(AccountSettingsReplica.class, accountId));
    }
}
