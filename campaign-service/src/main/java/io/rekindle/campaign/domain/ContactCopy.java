package io.rekindle.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * campaign-service's copy of a contact, built from contact events: what recipients are resolved and
 * messages rendered against without calling contact-service. Deleted when the contact is erased.
 */
@Entity
@Table(name = "contact_copy")
public class ContactCopy {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(nullable = false)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
