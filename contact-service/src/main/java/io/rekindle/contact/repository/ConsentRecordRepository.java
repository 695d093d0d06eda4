package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.ConsentRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The consent ledger: append and read, never change. */
@ApplicationScoped
public class ConsentRecordRepository implements PanacheRepositoryBase<ConsentRecord, UUID> {

    public List<ConsentRecord> forContact(UUID contactId) {
        return list("contactId = ?1 order by recordedAt, id", contactId);
    }

    /**
     * Removes personal data (IP address, user agent) from a contact's ledger entries on erasure. The
     * append-only trigger lets this through only under the redaction flag, set for this transaction.
     */
    public void redactPersonalEvidence(UUID contactId) {
        getEntityManager().createNativeQuery("select set_config('rekindle.redacting', 'on', true)").getSingleResult();
        getEntityManager().createNativeQuery(
                "update consent_record set evidence = evidence - 'ip' - 'userAgent' - 'email' where contact_id = :id")
                .setParameter("id", contactId)
                .executeUpdate();
    }
}
