package io.rekindle.suppression.messaging;

import io.quarkus.scheduler.Scheduled;
import io.rekindle.suppression.config.SuppressionConfig;
import io.rekindle.suppression.service.EvidenceIngestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Polls the bounce mailbox over IMAP: each message is ingested (stored raw, classified, policy applied)
 * and only then deleted, so a crash in between leaves it for the next poll, where its hash makes the
 * second ingestion a no-op.
 */
@ApplicationScoped
public class BounceMailboxPoller {

    private static final Logger LOG = Logger.getLogger(BounceMailboxPoller.class);

    private final SuppressionConfig.Imap config;
    private final EvidenceIngestion ingestion;

    BounceMailboxPoller(SuppressionConfig config, EvidenceIngestion ingestion) {
        this.config = config.imap();
        this.ingestion = ingestion;
    }

    @Scheduled(identity = "bounce-mailbox-poll", every = "${rekindle.suppression.imap.poll-interval:60s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPoll() {
        if (!config.enabled()) {
            return;
        }
        try {
            pollOnce();
        } catch (RuntimeException e) {
            // The mailbox keeps the messages; the next poll tries again.
            LOG.warnf(e, "Polling the bounce mailbox failed; will retry");
        }
    }

    /** Ingests up to one batch of messages; returns how many were handled. */
    public synchronized int pollOnce() {
        String host = config.host().orElseThrow(() -> new IllegalStateException("rekindle.suppression.imap.host is not set"));
        String protocol = config.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        Session session = Session.getInstance(properties);
        int handled = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host, config.port(), config.username().orElse(null), config.password().orElse(null));
            try (Folder folder = store.getFolder(config.folder())) {
                folder.open(Folder.READ_WRITE);
                int count = Math.min(folder.getMessageCount(), config.batchSize());
                for (int i = 1; i <= count; i++) {
                    Message message = folder.getMessage(i);
                    ingestion.ingestMessage(raw(message), EvidenceIngestion.Channel.IMAP, config.username().orElse(host));
                    message.setFlag(Flags.Flag.DELETED, true);
                    handled++;
                }
                folder.expunge();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("bounce mailbox " + host + ":" + config.port() + " could not be polled", e);
        }
        if (handled > 0) {
            LOG.debugf("Ingested %d messages from the bounce mailbox", handled);
        }
        return handled;
    }

    private static byte[] raw(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
