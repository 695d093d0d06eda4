package io.rekindle.suppression.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.suppression.domain.BounceEvent;
import io.rekindle.events.EmailAddresses;
import io.rekindle.suppression.domain.Suppression;
import io.rekindle.suppression.domain.SuppressionCategory;
import io.rekindle.suppression.domain.Unbounce;
import io.rekindle.suppression.repository.BounceEventRepository;
import io.rekindle.suppression.repository.SuppressionRepository;
import io.rekindle.suppression.repository.UnbounceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the suppression list and bounce history: filtered pages, one address's history, the CSV export. */
@ApplicationScoped
public class SuppressionQueries {

    /** Export rows are read in keyset batches, each in a short transaction, so no export holds one open. */
    private static final int EXPORT_BATCH = 1_000;

    /** List filters; null means "any". {@code since} is inclusive, {@code until} exclusive. */
    public record Filter(String category, String reason, String severity, Boolean global, Instant since,
            Instant until, String sendId) {
    }

    /** A suppression as the service hands it out. */
    public record SuppressionView(String address, String category, String reason, String severity, boolean global,
            String note, String sendId, String createdBy, Instant suppressedAt) {

        static SuppressionView of(Suppression s) {
            return new SuppressionView(s.address, s.category, s.reason, s.severity, s.global, s.note, s.sendId,
                    s.createdBy, s.suppressedAt);
        }
    }

    /** One entry of an address's history: a verdict from evidence, or an unbounce. */
    public record HistoryEntry(Instant at, String type, String category, String reason, String severity,
            String action, String enhancedStatus, String replyCode, String diagnostic, String source, String sendId,
            String by, String note) {
    }

    /** An address's current state and everything that happened to it. */
    public record History(String address, Optional<SuppressionView> current, List<HistoryEntry> entries) {
    }

    /** One page of a filtered list. */
    public record Page(int page, int size, long total, List<SuppressionView> items) {
    }

    private final EntityManager entityManager;
    private final SuppressionRepository suppressions;
    private final BounceEventRepository history;
    private final UnbounceRepository unbounces;

    SuppressionQueries(EntityManager entityManager, SuppressionRepository suppressions, BounceEventRepository history,
            UnbounceRepository unbounces) {
        this.entityManager = entityManager;
        this.suppressions = suppressions;
        this.history = history;
        this.unbounces = unbounces;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = entityManager.createQuery("select count(s) from Suppression s" + where, Long.class);
        parameters.forEach(count::setParameter);
        TypedQuery<Suppression> query = entityManager.createQuery(
                "from Suppression s" + where + " order by s.suppressedAt desc, s.address", Suppression.class);
        parameters.forEach(query::setParameter);
        List<SuppressionView> items = query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(SuppressionView::of).toList();
        return new Page(page, size, count.getSingleResult(), items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SuppressionView> find(String rawAddress) {
        return suppressions.findByIdOptional(normalise(rawAddress)).map(SuppressionView::of);
    }

    /** 404 when the service has never heard of the address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(String rawAddress) {
        String address = normalise(rawAddress);
        Optional<SuppressionView> current = suppressions.findByIdOptional(address).map(SuppressionView::of);
        List<HistoryEntry> entries = new ArrayList<>();
        for (BounceEvent e : history.historyOf(address)) {
            entries.add(new HistoryEntry(e.occurredAt, e.category, e.category, e.reason, e.severity, e.action,
                    e.enhancedStatus, e.replyCode, e.diagnostic, e.source, e.sendId, null, null));
        }
        Optional<Unbounce> unbounce = unbounces.findByIdOptional(address);
        unbounce.ifPresent(u -> entries.add(new HistoryEntry(u.unbouncedAt, "unbounce", u.previousCategory,
                u.previousReason, null, null, null, null, null, "unbounce", null, u.unbouncedBy, u.note)));
        current.filter(s -> SuppressionCategory.MANUAL.apiName().equals(s.category()))
                .ifPresent(s -> entries.add(new HistoryEntry(s.suppressedAt(), "manual", s.category(), s.reason(),
                        s.severity(), "suppress", null, null, null, "manual", null, s.createdBy(), s.note())));
        if (current.isEmpty() && entries.isEmpty()) {
            throw ProblemException.notFound("Address", address);
        }
        entries.sort((a, b) -> a.at().compareTo(b.at()));
        return new History(address, current, entries);
    }

    /** Streams every matching suppression, ordered by address, to {@code sink}. */
    public void export(Filter filter, Consumer<SuppressionView> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<SuppressionView> batch = QuarkusTransaction.requiringNew().call(() -> {
                Map<String, Object> parameters = new HashMap<>();
                String where = where(filter, parameters);
                where += (where.isEmpty() ? " where " : " and ") + "s.address > :after";
                parameters.put("after", from);
                TypedQuery<Suppression> query = entityManager.createQuery(
                        "from Suppression s" + where + " order by s.address", Suppression.class);
                parameters.forEach(query::setParameter);
                return query.setMaxResults(EXPORT_BATCH).getResultStream().map(SuppressionView::of).toList();
            });
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).address();
        }
    }

    private static String normalise(String rawAddress) {
        return EmailAddresses.normalise(rawAddress)
                .orElseThrow(() -> ProblemException.invalid("address", "must be a valid email address"));
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, parameters, "s.category = :category", "category", filter.category());
        condition(conditions, parameters, "s.reason = :reason", "reason", filter.reason());
        condition(conditions, parameters, "s.severity = :severity", "severity", filter.severity());
        condition(conditions, parameters, "s.global = :global", "global", filter.global());
        condition(conditions, parameters, "s.suppressedAt >= :since", "since", filter.since());
        condition(conditions, parameters, "s.suppressedAt < :until", "until", filter.until());
        condition(conditions, parameters, "s.sendId = :sendId", "sendId", filter.sendId());
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
