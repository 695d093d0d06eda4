package io.rekindle.campaign.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Drains the queued recipients of started campaigns, batch after batch, on a timer. */
@ApplicationScoped
public class CampaignDispatcher {

    private static final Logger LOG = Logger.getLogger(CampaignDispatcher.class);
    /** Bounds one run so that a huge send yields to the next timer tick (and to shutdown) now and then. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final DispatchService dispatch;

    CampaignDispatcher(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(every = "${rekindle.mail.dispatch-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchQueued() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_RUN && dispatch.sendNextBatch() > 0; i++) {
                LOG.debugf("dispatched batch %d", i + 1);
            }
        } catch (RuntimeException e) {
            LOG.error("campaign dispatch failed; the batch stays queued for the next run", e);
        }
    }
}
