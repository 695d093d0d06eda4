package io.rekindle.suppression.service;

import io.rekindle.events.EmailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses of an audience may not be sent to, and why: answered from the in-memory index, so the
 * cost is one normalisation and one hash lookup per address.
 */
@ApplicationScoped
public class EligibilityService {

    /** Category reported for input that is not an email address at all. */
    public static final String INVALID_ADDRESS = "invalid-address";

    /** One blocked address, as the caller gave it, with the reason. */
    public record Blocked(String address, String normalisedAddress, String category, String reason, String severity,
            boolean global) {
    }

    private final SuppressionIndex index;

    EligibilityService(SuppressionIndex index) {
        this.index = index;
    }

    public List<Blocked> blocked(List<String> addresses) {
        List<Blocked> blocked = new ArrayList<>();
        for (String address : addresses) {
            Optional<String> normalised = EmailAddresses.normalise(address);
            if (normalised.isEmpty()) {
                blocked.add(new Blocked(address, null, INVALID_ADDRESS, null, null, false));
                continue;
            }
            SuppressionIndex.Block block = index.blockOf(normalised.get());
            if (block != null) {
                blocked.add(new Blocked(address, normalised.get(), block.category(), block.reason(), block.severity(),
                        block.global()));
            }
        }
        return blocked;
    }
}
