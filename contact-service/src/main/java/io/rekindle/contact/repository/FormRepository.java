package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.Form;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Forms. */
@ApplicationScoped
public class FormRepository implements PanacheRepositoryBase<Form, UUID> {
}
