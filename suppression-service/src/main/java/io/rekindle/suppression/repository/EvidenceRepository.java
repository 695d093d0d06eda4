package io.rekindle.suppression.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.suppression.domain.Evidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Received evidence, claimed by content hash. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    private final EntityManager entityManager;

    EvidenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores the evidence unless evidence with the same hash exists; true when this call stored it.
     * {@code on conflict do nothing} makes a concurrent duplicate wait for the first transaction and then
     * see the conflict, rather than fail on the unique index.
     */
    public boolean claim(Evidence evidence) {
        return entityManager.createNativeQuery("""
                insert into evidence (id, channel, provider, content_type, content_sha256, content, message_kind,
                                      send_id, received_by, received_at)
                values (:id, :channel, :provider, :contentType, :hash, :content, :kind, :sendId, :receivedBy, :receivedAt)
                on conflict (content_sha256) do nothing
                """)
                .setParameter("id", evidence.id)
                .setParameter("channel", evidence.channel)
                .setParameter("provider", evidence.provider)
                .setParameter("contentType", evidence.contentType)
                .setParameter("hash", evidence.contentSha256)
                .setParameter("content", evidence.content)
                .setParameter("kind", evidence.messageKind)
                .setParameter("sendId", evidence.sendId)
                .setParameter("receivedBy", evidence.receivedBy)
                .setParameter("receivedAt", Timestamp.from(evidence.receivedAt))
                .executeUpdate() == 1;
    }

    public Optional<UUID> idByHash(String sha256) {
        return entityManager.createQuery("select e.id from Evidence e where e.contentSha256 = :hash", UUID.class)
                .setParameter("hash", sha256)
                .getResultStream().findFirst();
    }
}
