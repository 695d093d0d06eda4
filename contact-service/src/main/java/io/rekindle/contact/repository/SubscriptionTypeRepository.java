package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.SubscriptionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscription types. */
@ApplicationScoped
public class SubscriptionTypeRepository implements PanacheRepositoryBase<SubscriptionType, UUID> {

    public Optional<SubscriptionType> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }

    public List<SubscriptionType> listActive() {
        return list("archivedAt is null order by name");
    }
}
