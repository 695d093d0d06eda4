package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The settings of the one account this deployment serves. contact-service owns them; the other
 * services keep a copy from {@code AccountSettingsChanged} events. {@code revision} counts changes.
 */
@Entity
@Table(name = "account_settings")
public class AccountSettings {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "default_from_name")
    public String defaultFromName;

    @Column(name = "default_from_address")
    public String defaultFromAddress;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "verified_sending_domains", nullable = false, columnDefinition = "text[]")
    public List<String> verifiedSendingDomains = new ArrayList<>();

    /** HubSpot's "resubscription through forms" (R3): opted-out contacts may opt back in through a form. */
    @Column(name = "resubscription_through_forms", nullable = false)
    public boolean resubscriptionThroughFormsEnabled;

    @Column(name = "revision", nullable = false)
    public long revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
