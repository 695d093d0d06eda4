package io.rekindle.suppression.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit record of an unbounce; its key makes an address unbounceable once, ever. */
@Entity
@Table(name = "unbounce")
public class Unbounce {

    @Id
    @Column(name = "address")
    public String address;

    @Column(name = "previous_category", nullable = false)
    public String previousCategory;

    @Column(name = "previous_reason")
    public String previousReason;

    @Column(name = "note", columnDefinition = "text")
    public String note;

    @Column(name = "unbounced_by", nullable = false)
    public String unbouncedBy;

    @Column(name = "unbounced_at", nullable = false)
    public Instant unbouncedAt;
}
