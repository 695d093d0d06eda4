package io.rekindle.contact.domain.imports;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How to apply an import's rows. UPSERT must declare where its addresses were collected and how
 * consent was obtained (R1, B6); OPT_OUT unsubscribes from one type or, without a type, from all;
 * {@code source} WORKFLOW says the opt-out list comes from a re-engagement program (R9).
 */
public record ImportOptions(ImportMode mode, ConsentDeclaration consentSource, UUID subscriptionTypeId,
        Channel channel, ConsentSource source, String reason) {

    /** How the imported addresses were collected. */
    public record ConsentDeclaration(String optInMethod, LegalBasis legalBasis, ListOrigin listOrigin) {
    }

    /** Why these options are refused: violations of shape (400) or a purchased list (422). */
    public record Refusal(int status, String title, String detail, List<Problem.Violation> violations) {
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.EMAIL : channel;
    }

    public ConsentSource sourceOrDefault() {
        return source == null ? ConsentSource.IMPORT : source;
    }

    /** A stable text of the options, part of an import's fingerprint. */
    public String canonical() {
        ConsentDeclaration c = consentSource;
        return String.join("|", String.valueOf(mode), c == null ? "" : String.valueOf(c.optInMethod()),
                c == null ? "" : String.valueOf(c.legalBasis()), c == null ? "" : String.valueOf(c.listOrigin()),
                String.valueOf(subscriptionTypeId), String.valueOf(channelOrDefault()), String.valueOf(sourceOrDefault()),
                String.valueOf(reason));
    }

    /** Empty when the options can be used. */
    public Optional<Refusal> check() {
        List<Problem.Violation> violations = new ArrayList<>();
        if (mode == null) {
            violations.add(new Problem.Violation("options.mode", "must be UPSERT, OPT_OUT or ARCHIVE"));
        }
        if (source != null && source != ConsentSource.IMPORT && source != ConsentSource.WORKFLOW) {
            violations.add(new Problem.Violation("options.source", "must be IMPORT or WORKFLOW"));
        }
        if (source == ConsentSource.WORKFLOW && mode != ImportMode.OPT_OUT) {
            violations.add(new Problem.Violation("options.source", "WORKFLOW applies to OPT_OUT imports only"));
        }
        if (reason != null && reason.length() > 500) {
            violations.add(new Problem.Violation("options.reason", "size must be between 0 and 500"));
        }
        if (mode == ImportMode.UPSERT) {
            if (consentSource == null) {
                violations.add(new Problem.Violation("options.consentSource",
                        "an UPSERT import must declare how its addresses were collected"));
            } else {
                if (consentSource.optInMethod() == null || consentSource.optInMethod().isBlank()) {
                    violations.add(new Problem.Violation("options.consentSource.optInMethod", "must not be blank"));
                } else if (consentSource.optInMethod().length() > 500) {
                    violations.add(new Problem.Violation("options.consentSource.optInMethod", "size must be between 1 and 500"));
                }
                if (consentSource.legalBasis() == null) {
                    violations.add(new Problem.Violation("options.consentSource.legalBasis", "must not be null"));
                }
                if (consentSource.listOrigin() == null) {
                    violations.add(new Problem.Violation("options.consentSource.listOrigin", "must not be null"));
                }
            }
        }
        if (!violations.isEmpty()) {
            String detail = violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid";
            return Optional.of(new Refusal(400, "Validation failed", detail, violations));
        }
        if (mode == ImportMode.UPSERT && !consentSource.listOrigin().isOwnCollection()) {
            String reason = "purchased, rented and third-party lists are not accepted: their owners never "
                    + "consented to hear from this account";
            return Optional.of(new Refusal(422, "List not accepted", reason,
                    List.of(new Problem.Violation("options.consentSource.listOrigin", reason))));
        }
        return Optional.empty();
    }
}
