package io.rekindle.suppression.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Transaction-scoped PostgreSQL advisory locks. Advisory locks are database-wide and the services may
 * share one database, so each lock class is a constant no other service uses.
 */
@ApplicationScoped
public class Locks {

    /** One address's suppression state. */
    private static final int ADDRESS = 0x535550;
    /** The account's monthly unbounce allowance. */
    private static final int UNBOUNCE_ALLOWANCE = 0x554e42;

    private final EntityManager entityManager;

    Locks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Serialises changes to one address (suppress, unbounce) until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAddress(String address) {
        lock(ADDRESS, address);
    }

    /** Serialises unbounces, so two concurrent ones cannot both take the last unit of the allowance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUnbounceAllowance() {
        lock(UNBOUNCE_ALLOWANCE, "account");
    }

    private void lock(int lockClass, String key) {
        // pg_advisory_xact_lock returns void; selecting a constant from it keeps the result type simple.
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:lockClass, hashtext(:lockKey))")
                .setParameter("lockClass", lockClass)
                .setParameter("lockKey", key)
                .getSingleResult();
    }
}
