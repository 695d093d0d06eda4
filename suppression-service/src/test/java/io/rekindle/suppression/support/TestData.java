package io.rekindle.suppression.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Puts the database into a test's starting state, and reads what a test asserts, in short transactions. */
@ApplicationScoped
public class TestData {

    private final EntityManager entityManager;

    TestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Makes the account's settings copy what a test needs (the replicator itself is tested elsewhere). */
    public void accountSettings(String timeZone, String... verifiedDomains) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into account_settings_replica (account_id, name, time_zone, verified_sending_domains,
                                                      resubscription_through_forms, revision, changed_at)
                values ('default', 'Acme', :zone, cast(:domains as text[]), false, 1000000, now())
                on conflict (account_id) do update set time_zone = excluded.time_zone,
                    verified_sending_domains = excluded.verified_sending_domains
                """)
                .setParameter("zone", timeZone)
                .setParameter("domains", "{" + String.join(",", verifiedDomains) + "}")
                .executeUpdate());
    }

    public void contactTotal(long total) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into contact_tally (account_id, total) values ('default', :total)
                on conflict (account_id) do update set total = excluded.total
                """).setParameter("total", total).executeUpdate());
    }

    public long contactTotal() {
        return count("select coalesce((select total from contact_tally where account_id = 'default'), 0)");
    }

    /** Unbounce audit rows of other addresses at {@code at}, standing for unbounces done earlier that month. */
    public void earlierUnbounces(int count, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into unbounce (address, previous_category, unbounced_by, unbounced_at)
                select 'earlier-' || :batch || '-' || n || '@example.net', 'soft-bounce', 'seed', :at
                from generate_series(1, :count) n
                """)
                .setParameter("batch", UUID.randomUUID().toString().substring(0, 8))
                .setParameter("count", count)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate());
    }

    /** A suppression written straight to the table (for cases the API cannot create, e.g. a given reason). */
    public void suppression(String address, String category, String reason, boolean global) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into suppression (address, category, reason, severity, global, suppressed_at)
                values (:address, :category, :reason, 'soft', :global, now())
                """)
                .setParameter("address", address)
                .setParameter("category", category)
                .setParameter("reason", reason)
                .setParameter("global", global)
                .executeUpdate());
    }

    public long evidenceCount() {
        return count("select count(*) from evidence");
    }

    public long historyCount(String address) {
        return count("select count(*) from bounce_event where address = '" + address.replace("'", "''") + "'");
    }

    public boolean suppressed(String address) {
        return count("select count(*) from suppression where address = '" + address.replace("'", "''") + "'") == 1;
    }

    public long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
