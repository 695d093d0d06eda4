package io.rekindle.suppression.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.suppression.domain.BounceEvent;
import io.rekindle.suppression.domain.bounce.SuppressionAction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bounce history: one row per recipient verdict. */
@ApplicationScoped
public class BounceEventRepository implements PanacheRepositoryBase<BounceEvent, Long> {

    public List<BounceEvent> ofEvidence(UUID evidenceId) {
        return list("evidenceId = ?1 order by id", evidenceId);
    }

    public List<BounceEvent> historyOf(String address) {
        return list("address = ?1 order by occurredAt, id", address);
    }

    /** The latest evidence that the mailbox received mail (a delivery, open or click), or null. */
    public Instant latestClearing(String address) {
        return find("select max(occurredAt) from BounceEvent where address = ?1 and action = ?2",
                address, SuppressionAction.CLEAR_SOFT_BOUNCES.cliName()).project(Instant.class).firstResult();
    }

    /** Soft bounces that count: within the window and after the latest clearing evidence. */
    public long countSoftBounces(String address, Instant windowStart, Instant after) {
        return count("address = ?1 and action = ?2 and category = 'bounce' and occurredAt >= ?3 and occurredAt > ?4",
                address, SuppressionAction.COUNT_SOFT_BOUNCE.cliName(), windowStart,
                after != null ? after : Instant.EPOCH);
    }
}
