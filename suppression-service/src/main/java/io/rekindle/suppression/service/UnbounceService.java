package io.rekindle.suppression.service;

import io.rekindle.account.replica.AccountSettingsCopy;
import io.rekindle.account.replica.AccountSettingsReplica;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.suppression.domain.ContactTally;
import io.rekindle.events.EmailAddresses;
import io.rekindle.suppression.domain.Suppression;
import io.rekindle.suppression.domain.Unbounce;
import io.rekindle.suppression.domain.UnbounceAllowance;
import io.rekindle.suppression.domain.UnbounceRule;
import io.rekindle.suppression.domain.bounce.BounceReason;
import io.rekindle.suppression.repository.SuppressionRepository;
import io.rekindle.suppression.repository.UnbounceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unbounce (B4, B5): an email admin restores an address's eligibility, once per address ever, within the
 * account's monthly allowance, never for global bounces or abandoned-mailbox kinds. Audited and published.
 */
@ApplicationScoped
public class UnbounceService {

    /** Bounces of these kinds mark abandoned mailboxes and cannot be unbounced (B5). */
    private static final Set<String> ABANDONED_KINDS =
            Set.of(BounceReason.USERUNKNOWN.cliName(), BounceReason.MAILBOXFULL.cliName());

    /** A refused unbounce: the rule, and the allowance as it stands. */
    public static class RefusedException extends RuntimeException {
        private final UnbounceRule rule;
        private final UnbounceAllowance allowance;

        RefusedException(UnbounceRule rule, String detail, UnbounceAllowance allowance) {
            super(detail);
            this.rule = rule;
            this.allowance = allowance;
        }

        public UnbounceRule rule() {
            return rule;
        }

        public UnbounceAllowance allowance() {
            return allowance;
        }
    }

    /** A done unbounce and the allowance left after it. */
    public record Done(Unbounce audit, UnbounceAllowance allowance) {
    }

    private final SuppressionRepository suppressions;
    private final UnbounceRepository unbounces;
    private final AccountSettingsCopy accountSettings;
    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final SuppressionIndex index;
    private final Locks locks;
    private final Clock clock;
    private final String accountId;

    UnbounceService(SuppressionRepository suppressions, UnbounceRepository unbounces,
            AccountSettingsCopy accountSettings, EntityManager entityManager, EventOutbox outbox,
            SuppressionIndex index, Locks locks, Clock clock,
            @ConfigProperty(name = "rekindle.account.id", defaultValue = "default") String accountId) {
        this.suppressions = suppressions;
        this.unbounces = unbounces;
        this.accountSettings = accountSettings;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.index = index;
        this.locks = locks;
        this.clock = clock;
        this.accountId = accountId;
    }

    @Transactional
    public Done unbounce(String rawAddress, String note, String unbouncedBy) {
        String address = EmailAddresses.normalise(rawAddress)
                .orElseThrow(() -> ProblemException.invalid("address", "must be a valid email address"));
        locks.lockUnbounceAllowance();
        locks.lockAddress(address);
        Optional<AccountSettingsReplica> settings = accountSettings.current();
        UnbounceAllowance allowance = allowance(settings);
        Suppression suppression = suppressions.findByIdOptional(address)
                .orElseThrow(() -> ProblemException.notFound("Suppressed address", address));
        if (suppression.global) {
            throw new RefusedException(UnbounceRule.GLOBAL_BOUNCE,
                    address + " is on the platform-wide (global) bounce list, which an account cannot lift", allowance);
        }
        if (!suppression.categoryEnum().isBounceLike()) {
            throw new RefusedException(UnbounceRule.NOT_A_BOUNCE, address + " is suppressed because of a "
                    + suppression.category + ", not a bounce; only the recipient can undo that", allowance);
        }
        if (suppression.reason != null && ABANDONED_KINDS.contains(suppression.reason)) {
            throw new RefusedException(UnbounceRule.ABANDONED_MAILBOX_KIND, address + " bounced as "
                    + suppression.reason + " (an abandoned mailbox); such bounces cannot be unbounced", allowance);
        }
        if (unbounces.findByIdOptional(address).isPresent()) {
            throw new RefusedException(UnbounceRule.ONCE_PER_ADDRESS,
                    address + " was already unbounced once; an address can be unbounced only once", allowance);
        }
        if (settings.map(s -> s.verifiedSendingDomains.isEmpty()).orElse(true)) {
            throw new RefusedException(UnbounceRule.VERIFIED_SENDING_DOMAIN_REQUIRED,
                    "Unbouncing requires at least one verified sending domain in the account settings", allowance);
        }
        if (allowance.exhausted()) {
            throw new RefusedException(UnbounceRule.MONTHLY_ALLOWANCE, "The monthly unbounce allowance of "
                    + allowance.limit() + " for " + allowance.month() + " is used up", allowance);
        }
        Unbounce audit = new Unbounce();
        audit.address = address;
        audit.previousCategory = suppression.category;
        audit.previousReason = suppression.reason;
        audit.note = note;
        audit.unbouncedBy = unbouncedBy;
        audit.unbouncedAt = clock.instant();
        unbounces.persist(audit);
        suppressions.delete(suppression);
        outbox.record(AddressUnsuppressed.TYPE, new AddressUnsuppressed(address, audit.previousCategory,
                audit.previousReason, unbouncedBy, audit.unbouncedAt));
        index.removeAfterCommit(address);
        return new Done(audit, new UnbounceAllowance(allowance.month(), allowance.limit(), allowance.used() + 1));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnbounceAllowance currentAllowance() {
        return allowance(accountSettings.current());
    }

    private UnbounceAllowance allowance(Optional<AccountSettingsReplica> settings) {
        ZoneId zone = settings.map(s -> zoneOf(s.timeZone)).orElse(ZoneOffset.UTC);
        Instant now = clock.instant();
        YearMonth month = UnbounceAllowance.monthOf(now, zone);
        long used = unbounces.countBetween(UnbounceAllowance.startOf(month, zone),
                UnbounceAllowance.startOf(month.plusMonths(1), zone));
        ContactTally tally = entityManager.find(ContactTally.class, accountId);
        return new UnbounceAllowance(month, UnbounceAllowance.limitFor(tally != null ? tally.total : 0), used);
    }

    private static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
