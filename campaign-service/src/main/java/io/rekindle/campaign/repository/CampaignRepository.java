package io.rekindle.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.campaign.domain.Campaign;
import io.rekindle.campaign.domain.CampaignStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Campaigns. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public boolean usesTemplate(UUID templateId) {
        return count("templateId", templateId) > 0;
    }

    /** Ids of scheduled campaigns whose time has come. */
    public List<UUID> dueIds(Instant now) {
        return getEntityManager()
                .createQuery("select c.id from Campaign c where c.status = :status and c.sendAt <= :now", UUID.class)
                .setParameter("status", CampaignStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }

    /** Locks the row so two instances (or the scheduler and a user) cannot start the same campaign twice. */
    public Campaign lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
