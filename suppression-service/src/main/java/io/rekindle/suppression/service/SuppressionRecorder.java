package io.rekindle.suppression.service;

import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.suppression.domain.Suppression;
import io.rekindle.suppression.domain.SuppressionCategory;
import io.rekindle.suppression.repository.SuppressionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Puts addresses on the list: one row, one {@code AddressSuppressed} event and an index update after
 * commit. Evidence about an address that is already suppressed changes nothing, except that a global
 * entry makes an existing account entry global.
 */
@ApplicationScoped
public class SuppressionRecorder {

    /** What putting an address on the list did. */
    public enum Result { SUPPRESSED, ALREADY_SUPPRESSED, MADE_GLOBAL }

    /** A suppression to record; {@code address} is already normalised. */
    public record NewSuppression(String address, SuppressionCategory category, String reason, String severity,
            boolean global, String note, String sendId, UUID evidenceId, String createdBy) {
    }

    private final SuppressionRepository suppressions;
    private final Locks locks;
    private final EventOutbox outbox;
    private final SuppressionIndex index;
    private final Clock clock;

    SuppressionRecorder(SuppressionRepository suppressions, Locks locks, EventOutbox outbox,
            SuppressionIndex index, Clock clock) {
        this.suppressions = suppressions;
        this.locks = locks;
        this.outbox = outbox;
        this.index = index;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result suppress(NewSuppression request) {
        // Serialises concurrent evidence about one address (e.g. a bounce and a complaint arriving together)
        // so that exactly one of them creates the row and publishes the event.
        locks.lockAddress(request.address());
        Suppression existing = suppressions.findById(request.address());
        if (existing != null) {
            if (request.global() && !existing.global) {
                existing.global = true;
                publish(existing);
                return Result.MADE_GLOBAL;
            }
            return Result.ALREADY_SUPPRESSED;
        }
        Suppression suppression = new Suppression();
        suppression.address = request.address();
        suppression.category = request.category().apiName();
        suppression.reason = request.reason();
        suppression.severity = request.severity();
        suppression.global = request.global();
        suppression.note = request.note();
        suppression.sendId = request.sendId();
        suppression.evidenceId = request.evidenceId();
        suppression.createdBy = request.createdBy();
        suppression.suppressedAt = clock.instant();
        suppressions.persist(suppression);
        publish(suppression);
        return Result.SUPPRESSED;
    }

    private void publish(Suppression suppression) {
        outbox.record(AddressSuppressed.TYPE, new AddressSuppressed(suppression.address, suppression.category,
                suppression.reason, suppression.severity, suppression.global, suppression.sendId,
                suppression.suppressedAt));
        index.putAfterCommit(suppression);
    }

}
