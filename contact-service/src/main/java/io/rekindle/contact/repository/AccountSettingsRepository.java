package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.AccountSettings;
import jakarta.enterprise.context.ApplicationScoped;

/** The account settings row (one per deployment). */
@ApplicationScoped
public class AccountSettingsRepository implements PanacheRepositoryBase<AccountSettings, String> {
}
