package io.rekindle.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.campaign.domain.EmailTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Email templates. */
@ApplicationScoped
public class EmailTemplateRepository implements PanacheRepositoryBase<EmailTemplate, UUID> {
}
