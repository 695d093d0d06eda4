package io.rekindle.segment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.segment.domain.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Saved segments. */
@ApplicationScoped
public class SegmentRepository implements PanacheRepositoryBase<Segment, UUID> {
}
