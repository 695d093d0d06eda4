package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Current subscription statuses. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, Subscription.Key> {

    public List<Subscription> forContact(UUID contactId) {
        return list("key.contactId", contactId);
    }
}
