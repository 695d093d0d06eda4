package io.rekindle.testkit;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the test SMTP server received, over IMAP, as a mail client would. GreenMail creates a
 * mailbox for every recipient, with the address as login and password.
 */
public final class Mailboxes {

    private Mailboxes() {
    }

    /** The raw messages (headers and body) in {@code address}'s inbox, waiting up to {@code timeout} for at least one. */
    public static List<String> awaitMessages(int imapPort, String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<String> messages = read(imapPort, address);
        while (messages.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            messages = read(imapPort, address);
        }
        return messages;
    }

    /** The raw messages in {@code address}'s inbox now (none when the mailbox does not exist yet). */
    public static List<String> read(int imapPort, String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(imapPort));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<String> raw = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ((MimeMessage) message).writeTo(out);
                    raw.add(out.toString(StandardCharsets.UTF_8));
                }
                inbox.close(false);
                return raw;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox of " + address, e);
        }
    }
}
