package io.rekindle.contact.service;

import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.repository.SubscriptionTypeRepository;
import io.rekindle.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Defines the subscription types contacts subscribe to (R4). The default type cannot be archived. */
@ApplicationScoped
public class SubscriptionTypeService {

    private final SubscriptionTypeRepository types;
    private final Clock clock;

    SubscriptionTypeService(SubscriptionTypeRepository types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionType create(String name, String description) {
        requireUniqueName(name.strip(), null);
        SubscriptionType type = new SubscriptionType();
        type.id = UUID.randomUUID();
        type.name = name.strip();
        type.description = description;
        type.createdAt = clock.instant();
        types.persist(type);
        return type;
    }

    @Transactional
    public SubscriptionType rename(UUID id, String name, String description) {
        SubscriptionType type = get(id);
        requireUniqueName(name.strip(), id);
        type.name = name.strip();
        type.description = description;
        return type;
    }

    /** Archived types stay in the ledger and in history but no longer take subscriptions or sends. */
    @Transactional
    public SubscriptionType archive(UUID id) {
        SubscriptionType type = get(id);
        if (type.isDefault) {
            throw ProblemException.conflict("The default subscription type cannot be archived");
        }
        if (type.archivedAt == null) {
            type.archivedAt = clock.instant();
        }
        return type;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionType get(UUID id) {
        return types.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Subscription type", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionType> list(boolean includeArchived) {
        return includeArchived ? types.listAll(Sort.by("name")) : types.listActive();
    }

    private void requireUniqueName(String name, UUID except) {
        types.findByName(name).filter(existing -> !existing.id.equals(except)).ifPresent(existing -> {
            throw ProblemException.conflict("A subscription type named '" + existing.name + "' exists");
        });
    }
}
