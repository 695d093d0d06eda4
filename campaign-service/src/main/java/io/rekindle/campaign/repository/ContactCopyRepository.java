package io.rekindle.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.campaign.domain.ContactCopy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The contact copy. */
@ApplicationScoped
public class ContactCopyRepository implements PanacheRepositoryBase<ContactCopy, UUID> {
}
