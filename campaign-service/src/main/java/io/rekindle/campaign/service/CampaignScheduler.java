package io.rekindle.campaign.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Starts scheduled campaigns when their time comes (K6); each in its own transaction, so one failure stops no other. */
@ApplicationScoped
public class CampaignScheduler {

    private static final Logger LOG = Logger.getLogger(CampaignScheduler.class);

    private final CampaignService campaigns;

    CampaignScheduler(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(every = "${rekindle.campaigns.schedule-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void startDueCampaigns() {
        List<UUID> due;
        try {
            due = campaigns.dueCampaigns();
        } catch (RuntimeException e) {
            LOG.warn("could not look for due campaigns; trying again at the next tick", e);
            return;
        }
        for (UUID id : due) {
            try {
                campaigns.startIfDue(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not start scheduled campaign %s", id);
            }
        }
    }
}
