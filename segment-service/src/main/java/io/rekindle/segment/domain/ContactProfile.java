package io.rekindle.segment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * segment-service's own copy of a contact, built only from contact events so that segments are
 * evaluated without calling contact-service. Rebuildable by replaying the contacts topic.
 */
@Entity
@Table(name = "contact_profile")
public class ContactProfile {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "email", nullable = false)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "phone")
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "archived_at")
    public Instant archivedAt;
}
