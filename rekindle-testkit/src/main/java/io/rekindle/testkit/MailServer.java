package io.rekindle.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A real SMTP and IMAP server (GreenMail) that accepts every message and keeps it for inspection. */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts SMTP and IMAP on the given ports (0 = free ports), accepting any login. */
    public static MailServer start(int smtpPort, int imapPort) {
        try {
            int smtp = smtpPort > 0 ? smtpPort : EmbeddedKafkaBroker.freePort();
            int imap = imapPort > 0 ? imapPort : EmbeddedKafkaBroker.freePort();
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            greenMail.setUser("bounces@rekindle.test", "bounces", "secret");
            greenMail.start();
            return new MailServer(greenMail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
