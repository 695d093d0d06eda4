package io.rekindle.segment.service;

import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.segment.repository.ReadModelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Applies subscription changes and recorded orders to the read model. Runs inside the consumer's transaction. */
@ApplicationScoped
public class ActivityProjection {

    private final ReadModelRepository readModel;

    ActivityProjection(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void subscriptionChanged(SubscriptionChanged event) {
        readModel.applySubscription(event.contactId(), event.subscriptionTypeId(), event.channel(), event.newStatus(),
                event.doubleOptInConfirmed(), event.changedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderRecorded(OrderRecorded event) {
        readModel.recordOrder(event.contactId(), event.orderId(), event.amount(), event.currency(), event.placedAt());
    }
}
