package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A kind of communication a contact subscribes to, such as "Marketing Newsletter" (R4). */
@Entity
@Table(name = "subscription_type")
public class SubscriptionType {

    /** The type every account starts with; see the V2 migration. */
    public static final UUID DEFAULT_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description")
    public String description;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
