package io.rekindle.segment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved segment: a named criteria tree, either evaluated whenever read (ACTIVE) or frozen at creation (STATIC). */
@Entity
@Table(name = "segment")
public class Segment {

    /** ACTIVE segments follow the read model (R5); STATIC ones keep the members they had when taken. */
    @Schema(name = "SegmentKind")
    public enum Kind { ACTIVE, STATIC }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public Kind kind;

    /** The criteria tree as JSON; parsed with the same mapper as the API so what was accepted reads back. */
    @Column(name = "criteria", nullable = false)
    public String criteria;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
