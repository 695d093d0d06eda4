package io.rekindle.segment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.segment.domain.ContactProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The contact projection. */
@ApplicationScoped
public class ContactProfileRepository implements PanacheRepositoryBase<ContactProfile, UUID> {
}
