package io.rekindle.suppression.service;

import io.rekindle.events.contact.ContactCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Counts the account's contacts from ContactCreated events: the base of the unbounce allowance. */
@ApplicationScoped
public class ContactTallyService {

    private final EntityManager entityManager;
    private final String accountId;

    ContactTallyService(EntityManager entityManager,
            @ConfigProperty(name = "rekindle.account.id", defaultValue = "default") String accountId) {
        this.entityManager = entityManager;
        this.accountId = accountId;
    }

    /** Called once per event id (the idempotent processor's transaction), so each contact counts once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contactCreated(ContactCreated created) {
        entityManager.createNativeQuery("""
                insert into contact_tally (account_id, total) values (:accountId, 1)
                on conflict (account_id) do update set total = contact_tally.total + 1
                """)
                .setParameter("accountId", accountId)
                .executeUpdate();
    }
}
