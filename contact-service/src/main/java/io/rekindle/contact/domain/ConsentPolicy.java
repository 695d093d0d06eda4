package io.rekindle.contact.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The rules a subscription change must pass before it is recorded (R1–R3): an opt-in needs a provable
 * origin and the CONSENT basis; a permission pass only re-confirms an existing opt-in; a contact who
 * opted out can only opt back in through a form, and only when the account allows it.
 */
public final class ConsentPolicy {

    /** Evidence keys each opt-in source must supply. */
    public static final String OPT_IN_METHOD = "optInMethod";
    public static final String FORM_ID = "formId";
    public static final String NOTICE_TEXT = "noticeText";
    public static final String IMPORT_ID = "importId";

    private ConsentPolicy() {
    }

    /** Why a change is refused: the request field at fault and a sentence for the API's user. */
    public record Refusal(String field, String reason) {
    }

    /** A requested change, with the state it applies to. */
    public record Change(SubscriptionStatus current, SubscriptionStatus requested, ConsentSource source,
            LegalBasis legalBasis, Map<String, String> evidence, boolean resubscriptionThroughFormsEnabled) {
    }

    public static Optional<Refusal> check(Change change) {
        if (change.requested() == SubscriptionStatus.NOT_SPECIFIED) {
            return refuse("status", "a status can be set to SUBSCRIBED or UNSUBSCRIBED only");
        }
        if (change.requested() == SubscriptionStatus.UNSUBSCRIBED) {
            return Optional.empty();
        }
        if (!change.source().canOptIn()) {
            return refuse("source", change.source() + " cannot subscribe a contact");
        }
        if (change.legalBasis() != LegalBasis.CONSENT) {
            return refuse("legalBasis", "a subscription to marketing requires the CONSENT legal basis");
        }
        if (change.source() == ConsentSource.PERMISSION_PASS && change.current() != SubscriptionStatus.SUBSCRIBED) {
            return refuse("source", "a permission pass only re-confirms an existing opt-in; it cannot obtain a first one");
        }
        if (change.current() == SubscriptionStatus.UNSUBSCRIBED) {
            if (change.source() != ConsentSource.FORM) {
                return refuse("status", "a contact who opted out can only resubscribe through a form");
            }
            if (!change.resubscriptionThroughFormsEnabled()) {
                return refuse("status", "resubscription through forms is turned off for this account");
            }
        }
        return switch (change.source()) {
            case API -> requireEvidence(change, OPT_IN_METHOD);
            case FORM -> requireEvidence(change, FORM_ID).or(() -> requireEvidence(change, NOTICE_TEXT));
            case IMPORT -> requireEvidence(change, IMPORT_ID).or(() -> requireEvidence(change, OPT_IN_METHOD));
            default -> Optional.empty();
        };
    }

    private static Optional<Refusal> requireEvidence(Change change, String key) {
        String value = change.evidence() == null ? null : change.evidence().get(key);
        if (value == null || value.isBlank()) {
            return refuse("evidence." + key, "is required to record an opt-in from " + change.source());
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String field, String reason) {
        return Optional.of(new Refusal(field, reason));
    }
}
