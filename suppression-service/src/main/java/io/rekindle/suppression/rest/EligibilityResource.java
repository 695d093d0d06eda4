package io.rekindle.suppression.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.service.EligibilityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dispatch-time check: which addresses of an audience must not be sent to. */
@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
@SecurityRequirement(name = "bearer")
public class EligibilityResource {

    /** Largest batch per call; a million-recipient audience is 100 calls. */
    static final int MAX_BATCH = 10_000;

    private final EligibilityService eligibility;

    EligibilityResource(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    /** Up to 10,000 addresses to check. */
    @RegisterForReflection
    @Schema(name = "EligibilityRequest")
    public record EligibilityRequest(
            // No constraint on the elements: validating 10,000 of them per call costs more than the lookups,
            // and a null entry is simply reported as an invalid address.
            @NotNull @Size(min = 1, max = MAX_BATCH)
            @Schema(example = "[\"ada@example.com\", \"bob@example.org\"]") List<String> addresses) {
    }

    /** The blocked addresses of a batch; every address not listed may be sent to. */
    @RegisterForReflection
    @Schema(name = "EligibilityResult")
    public record EligibilityResponse(
            @Schema(example = "2") int checked,
            @Schema(example = "1") int blockedCount,
            List<BlockedAddress> blocked) {
    }

    /** One address that must not be sent to, and why. */
    @RegisterForReflection
    @Schema(name = "BlockedAddress")
    public record BlockedAddress(
            @Schema(example = "Bob@Example.org", description = "As given in the request") String address,
            @Schema(example = "bob@example.org") String normalisedAddress,
            @Schema(example = "hard-bounce", description = "hard-bounce, soft-bounce, complaint, unsubscribe, "
                    + "provider-suppressed, manual, or invalid-address for input that is not an address")
            String category,
            @Schema(example = "userunknown") String reason,
            @Schema(example = "hard") String severity,
            @Schema(description = "On the platform-wide list") boolean global) {
    }

    @POST
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Check addresses against the suppression list",
            description = "Answers from an in-memory copy of the list kept current from the database and the "
                    + "service's own events; send audiences in batches of up to 10,000. Addresses are normalised "
                    + "(trimmed, lower-case, IDN domains as punycode) before the lookup.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EligibilityResponse.class)))
    @APIResponse(responseCode = "400", description = "No addresses, or more than 10,000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityResponse check(@NotNull @Valid EligibilityRequest request) {
        List<BlockedAddress> blocked = eligibility.blocked(request.addresses()).stream()
                .map(b -> new BlockedAddress(b.address(), b.normalisedAddress(), b.category(), b.reason(), b.severity(),
                        b.global()))
                .toList();
        return new EligibilityResponse(request.addresses().size(), blocked.size(), blocked);
    }
}
