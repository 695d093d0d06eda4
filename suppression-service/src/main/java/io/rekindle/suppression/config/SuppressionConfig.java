package io.rekindle.suppression.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** suppression-service's own settings: policy, VERP, the bounce mailbox and webhook secrets. */
@ConfigMapping(prefix = "rekindle.suppression")
public interface SuppressionConfig {

    SoftBounce softBounce();

    Verp verp();

    Imap imap();

    Webhooks webhooks();

    Index index();

    /** The in-memory eligibility index. */
    interface Index {
        /** How often the index is reloaded in full from the database, as a safety net (read by the scheduler). */
        @WithDefault("10m")
        String fullReloadInterval();
    }

    /** Soft bounces that add up to a suppression; see README for why 3 within 14 days. */
    interface SoftBounce {
        @WithDefault("3")
        int threshold();

        @WithDefault("P14D")
        Duration window();
    }

    /** The per-send return path {@code <local-part>+<send id>@<domain>} campaign-service uses. */
    interface Verp {
        @WithDefault("bounces")
        String localPart();

        /** Return-path domains; unset accepts any domain. */
        Optional<List<String>> domains();
    }

    /** The bounce mailbox, polled over IMAP when enabled. */
    interface Imap {
        @WithDefault("false")
        boolean enabled();

        Optional<String> host();

        @WithDefault("993")
        int port();

        /** IMAPS (TLS from the first byte); false only for a mailbox on the local host or in tests. */
        @WithDefault("true")
        boolean ssl();

        Optional<String> username();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();

        /** How often the mailbox is polled (read by the scheduler). */
        @WithDefault("60s")
        String pollInterval();

        /** Messages handled per poll; the rest wait for the next one. */
        @WithDefault("200")
        int batchSize();
    }

    interface Webhooks {
        Ses ses();

        SendGrid sendgrid();

        Mailgun mailgun();

        Postmark postmark();
    }

    /** Amazon SES notifications delivered by SNS, authenticated by the SNS message signature. */
    interface Ses {
        /** The SigningCertURL's host must match this; it must also be https and name a .pem file. */
        @WithDefault("sns\\.[a-z0-9-]+\\.amazonaws\\.com")
        String certificateHostPattern();

        /**
         * PEM file of pinned signing certificates. When set, a fetched certificate must be one of them;
         * when unset, the certificate is trusted for having been fetched over https from an allowed host.
         */
        Optional<String> trustedCertificates();

        /**
         * Directory holding copies of the signing certificates, named as the last path segment of their
         * SigningCertURL. When set, certificates are read from it instead of being downloaded (air-gapped
         * installations, tests).
         */
        Optional<String> certificateMirror();

        /** Accepted SNS topic ARNs; unset accepts any topic whose message is correctly signed. */
        Optional<List<String>> topicArns();
    }

    interface SendGrid {
        /** The Event Webhook verification key: base64 of the DER SubjectPublicKeyInfo (ECDSA P-256). */
        Optional<String> publicKey();
    }

    interface Mailgun {
        /** The HTTP webhook signing key. */
        Optional<String> signingKey();
    }

    interface Postmark {
        /** Basic-auth credentials put in the webhook URL configured at Postmark. */
        Optional<String> username();

        Optional<String> password();
    }
}
