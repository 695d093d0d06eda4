package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.imports.ContactImport;
import io.rekindle.contact.domain.imports.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** CSV imports and their progress. */
@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<ContactImport, UUID> {

    public Optional<ContactImport> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** Imports that stopped reporting progress (their process died) are failed so that a retry resumes them. */
    public int failStale(Instant before, Instant now) {
        return update("status = ?1, failure = ?2, finishedAt = ?3, updatedAt = ?3 where status in (?4, ?5) and updatedAt < ?6",
                ImportStatus.FAILED, "interrupted (the service stopped); upload the same file again to resume",
                now, ImportStatus.QUEUED, ImportStatus.RUNNING, before);
    }
}
