package io.rekindle.suppression.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many contacts the account has, counted from ContactCreated events; sizes the unbounce allowance. */
@Entity
@Table(name = "contact_tally")
public class ContactTally {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "total", nullable = false)
    public long total;
}
