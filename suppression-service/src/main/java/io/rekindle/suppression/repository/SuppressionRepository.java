package io.rekindle.suppression.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.suppression.domain.Suppression;
import jakarta.enterprise.context.ApplicationScoped;

/** The suppression list, by normalised address. */
@ApplicationScoped
public class SuppressionRepository implements PanacheRepositoryBase<Suppression, String> {
}
