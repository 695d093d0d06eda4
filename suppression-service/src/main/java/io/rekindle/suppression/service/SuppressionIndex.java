package io.rekindle.suppression.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rekindle.suppression.domain.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The suppression list in memory, so that filtering a million-recipient audience is a million hash
 * lookups instead of a million-row query. Loaded from the database at start; changed after each
 * committing transaction of this instance; changed by the service's own events for changes another
 * replica made (see SuppressionIndexFeed); and reloaded in full periodically as a safety net.
 *
 * <p>About 100 bytes per address (the key string plus a map node: entries are shared canonical
 * instances), so a million suppressed addresses take roughly 100 MB of heap.
 */
@ApplicationScoped
public class SuppressionIndex {

    private static final Logger LOG = Logger.getLogger(SuppressionIndex.class);

    /** Why an address is blocked; few distinct values, so instances are shared. */
    public record Block(String category, String reason, String severity, boolean global) {
    }

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<Block, Block> canonical = new ConcurrentHashMap<>();
    private volatile Map<String, Block> blocked = new ConcurrentHashMap<>();
    /** Changes applied while a full reload runs; replayed onto the new map so none is lost. */
    private List<Consumer<Map<String, Block>>> duringReload;

    SuppressionIndex(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    @Scheduled(identity = "suppression-index-reload", every = "${rekindle.suppression.index.full-reload-interval:10m}",
            delayed = "${rekindle.suppression.index.full-reload-interval:10m}")
    void scheduledReload() {
        reload();
    }

    /** For the dispatch hot path: null when the address may be sent to. */
    public Block blockOf(String normalisedAddress) {
        return blocked.get(normalisedAddress);
    }

    public int size() {
        return blocked.size();
    }

    /** Reads the whole list again; readers keep using the old map until the new one is complete. */
    public void reload() {
        synchronized (this) {
            duringReload = new ArrayList<>();
        }
        Map<String, Block> fresh = new ConcurrentHashMap<>(Math.max(16, blocked.size() * 4 / 3 + 16));
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("select s.address, s.category, s.reason, s.severity, s.global from Suppression s",
                        Object[].class)
                .setHint("org.hibernate.fetchSize", 5_000)
                .getResultStream()
                .forEach(row -> fresh.put((String) row[0],
                        canonical((String) row[1], (String) row[2], (String) row[3], (Boolean) row[4]))));
        synchronized (this) {
            duringReload.forEach(change -> change.accept(fresh));
            duringReload = null;
            blocked = fresh;
        }
        LOG.debugf("Suppression index reloaded: %d addresses in %d ms", fresh.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Blocks the address once the current transaction commits. */
    public void putAfterCommit(Suppression suppression) {
        Block block = canonical(suppression.category, suppression.reason, suppression.severity, suppression.global);
        String address = suppression.address;
        afterCommit(() -> put(address, block));
    }

    /** Unblocks the address once the current transaction commits. */
    public void removeAfterCommit(String address) {
        afterCommit(() -> remove(address));
    }

    public void put(String address, String category, String reason, String severity, boolean global) {
        put(address, canonical(category, reason, severity, global));
    }

    public synchronized void remove(String address) {
        apply(map -> map.remove(address));
    }

    private synchronized void put(String address, Block block) {
        apply(map -> map.put(address, block));
    }

    private void apply(Consumer<Map<String, Block>> change) {
        change.accept(blocked);
        if (duringReload != null) {
            duringReload.add(change);
        }
    }

    private Block canonical(String category, String reason, String severity, boolean global) {
        Block block = new Block(category, reason, severity, global);
        return canonical.computeIfAbsent(block, b -> b);
    }

    private void afterCommit(Runnable change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    change.run();
                }
            }
        });
    }
}
