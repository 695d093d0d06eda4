package io.rekindle.suppression.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.suppression.domain.Unbounce;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Unbounce audit records. */
@ApplicationScoped
public class UnbounceRepository implements PanacheRepositoryBase<Unbounce, String> {

    public long countBetween(Instant from, Instant until) {
        return count("unbouncedAt >= ?1 and unbouncedAt < ?2", from, until);
    }
}
