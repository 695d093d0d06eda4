package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.FormSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Form submissions awaiting or past their confirmation. */
@ApplicationScoped
public class FormSubmissionRepository implements PanacheRepositoryBase<FormSubmission, UUID> {
}
