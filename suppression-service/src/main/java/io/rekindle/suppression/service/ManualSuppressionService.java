package io.rekindle.suppression.service;

import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.events.EmailAddresses;
import io.rekindle.suppression.domain.SuppressionCategory;
import io.rekindle.suppression.domain.bounce.BounceReason;
import io.rekindle.suppression.domain.bounce.SuppressionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Suppressions a person adds: an account's manual entries, or an operator's global (platform-wide) list. */
@ApplicationScoped
public class ManualSuppressionService {

    /** How many addresses a call added, made global, or found already suppressed. */
    public record Summary(int added, int madeGlobal, int alreadySuppressed) {
    }

    private final SuppressionRecorder recorder;

    ManualSuppressionService(SuppressionRecorder recorder) {
        this.recorder = recorder;
    }

    /** Every address is checked before any is written: one invalid address refuses the whole call. */
    @Transactional
    public Summary suppress(List<String> addresses, String note, boolean global, Optional<String> reason,
            String createdBy) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> normalised = new LinkedHashSet<>();
        for (int i = 0; i < addresses.size(); i++) {
            Optional<String> address = EmailAddresses.normalise(addresses.get(i));
            if (address.isEmpty()) {
                violations.add(new Problem.Violation("addresses[" + i + "]", "must be a valid email address"));
            } else {
                normalised.add(address.get());
            }
        }
        Optional<BounceReason> bounceReason = reason.map(r -> BounceReason.fromCliName(r).orElse(null));
        if (reason.isPresent() && bounceReason.isEmpty()) {
            violations.add(new Problem.Violation("reason", "must be a bounce reason such as userunknown or mailboxfull"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Validation failed", violations.size() == 1
                    ? "1 field is not valid" : violations.size() + " fields are not valid", violations);
        }
        String severity = bounceReason.map(r -> SuppressionPolicy.severity(r, true).cliName()).orElse("n/a");
        int added = 0;
        int madeGlobal = 0;
        for (String address : normalised) {
            switch (recorder.suppress(new SuppressionRecorder.NewSuppression(address, SuppressionCategory.MANUAL,
                    bounceReason.map(BounceReason::cliName).orElse(null), severity, global, note, null, null,
                    createdBy))) {
                case SUPPRESSED -> added++;
                case MADE_GLOBAL -> madeGlobal++;
                case ALREADY_SUPPRESSED -> { }
            }
        }
        return new Summary(added, madeGlobal, normalised.size() - added - madeGlobal);
    }
}
