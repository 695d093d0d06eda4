package io.rekindle.contact.service;

import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.ContactOrder;
import io.rekindle.contact.domain.EmailAddress;
import io.rekindle.contact.repository.ContactOrderRepository;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.events.activity.OrderPlaced;
import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.platform.outbox.EventOutbox;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Records external activity (orders) against contacts so that segments can ask who bought (K3, M5).
 * Idempotent by order id: a repeated order changes nothing and publishes nothing.
 */
@ApplicationScoped
public class ActivityService {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ContactRepository contacts;
    private final ContactOrderRepository orders;
    private final EventOutbox outbox;
    private final Clock clock;

    ActivityService(ContactRepository contacts, ContactOrderRepository orders, EventOutbox outbox, Clock clock) {
        this.contacts = contacts;
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An order to record; the contact is named by id or by email. */
    public record NewOrder(String orderId, UUID contactId, String email, BigDecimal amount, String currency,
            Instant placedAt) {
    }

    /** The order as recorded and whether this call recorded it. */
    public record Recorded(ContactOrder order, boolean created) {
    }

    @Transactional
    public Recorded record(NewOrder request, String source) {
        validate(request);
        ContactOrder existing = orders.findById(request.orderId());
        if (existing != null) {
            return new Recorded(existing, false);
        }
        Contact contact = resolve(request);
        ContactOrder order = new ContactOrder();
        order.orderId = request.orderId();
        order.contactId = contact.id;
        order.amount = request.amount();
        order.currency = request.currency() == null ? null : request.currency().toUpperCase(Locale.ROOT);
        order.placedAt = request.placedAt();
        order.source = source;
        order.recordedAt = clock.instant();
        if (!orders.insertIfAbsent(order)) {
            // Recorded by a concurrent request since the lookup above.
            return new Recorded(orders.findById(request.orderId()), false);
        }
        outbox.record(OrderRecorded.TYPE, new OrderRecorded(order.contactId, order.orderId, order.amount,
                order.currency, order.placedAt, order.source, order.recordedAt));
        return new Recorded(order, true);
    }

    /** An order from the activity topic; a failure sends the record to the dead-letter topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(OrderPlaced event) {
        record(new NewOrder(event.orderId(), event.contactId(), event.email(), event.amount(), event.currency(),
                event.placedAt()), "KAFKA");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactOrder get(String orderId) {
        ContactOrder order = orders.findById(orderId);
        if (order == null) {
            throw ProblemException.notFound("Order", orderId);
        }
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactOrder> ofContact(UUID contactId) {
        return orders.forContact(contactId);
    }

    private static void validate(NewOrder request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.orderId() == null || request.orderId().isBlank() || request.orderId().length() > 200) {
            violations.add(new Problem.Violation("orderId", "must be 1 to 200 characters"));
        }
        if (request.contactId() == null && (request.email() == null || request.email().isBlank())) {
            violations.add(new Problem.Violation("contactId", "contactId or email is required"));
        }
        if (request.amount() != null && request.amount().signum() < 0) {
            violations.add(new Problem.Violation("amount", "must not be negative"));
        }
        if (request.currency() != null && !CURRENCY.matcher(request.currency().toUpperCase(Locale.ROOT)).matches()) {
            violations.add(new Problem.Violation("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (request.placedAt() == null) {
            violations.add(new Problem.Violation("placedAt", "must not be null"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Validation failed", violations.size() == 1 ? "1 field is not valid"
                    : violations.size() + " fields are not valid", violations);
        }
    }

    private Contact resolve(NewOrder request) {
        if (request.contactId() != null) {
            return contacts.findByIdOptional(request.contactId()).filter(c -> !c.isErased())
                    .orElseThrow(() -> unknown("contactId", "no contact has this id"));
        }
        String email = EmailAddress.normalise(request.email())
                .orElseThrow(() -> unknown("email", "must be a valid email address"));
        return contacts.findByEmail(email).orElseThrow(() -> unknown("email", "no contact has this address"));
    }

    private static ProblemException unknown(String field, String message) {
        return new ProblemException(422, "Unknown contact", "The order names no known contact",
                List.of(new Problem.Violation(field, message)));
    }
}
