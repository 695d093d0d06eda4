package io.rekindle.account.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of the account settings, as of the latest revision it received. */
@Entity
@Table(name = "account_settings_replica")
public class AccountSettingsReplica {

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

    @Column(name = "resubscription_through_forms", nullable = false)
    public boolean resubscriptionThroughFormsEnabled;

    @Column(name = "revision", nullable = false)
    public long revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
