package io.rekindle.suppression.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.domain.SuppressionCategory;
import io.rekindle.suppression.domain.bounce.BounceReason;
import io.rekindle.suppression.service.ManualSuppressionService;
import io.rekindle.suppression.service.SuppressionQueries;
import io.rekindle.suppression.service.UnbounceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suppression list: queries, CSV export, bounce history, manual and global suppressions, unbounce. */
@Path("/api/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppressions")
@SecurityRequirement(name = "bearer")
public class SuppressionResource {

    static final String CONFIRMATION = "I confirm this address is correct";
    private static final Set<String> SEVERITIES = Set.of("hard", "soft", "n/a");

    private final SuppressionQueries queries;
    private final ManualSuppressionService manual;
    private final UnbounceService unbounces;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    SuppressionResource(SuppressionQueries queries, ManualSuppressionService manual, UnbounceService unbounces,
            JsonWebToken token, SecurityIdentity identity) {
        this.queries = queries;
        this.manual = manual;
        this.unbounces = unbounces;
        this.token = token;
        this.identity = identity;
    }

    /** A suppressed address. */
    @RegisterForReflection
    @Schema(name = "Suppression")
    public record SuppressionResponse(
            @Schema(example = "bob@example.org") String address,
            @Schema(example = "hard-bounce", description = "hard-bounce, soft-bounce, complaint, unsubscribe, "
                    + "provider-suppressed or manual") String category,
            @Schema(example = "userunknown", description = "sisimai reason; B3's hard bounce reason") String reason,
            @Schema(example = "hard", description = "hard, soft or n/a") String severity,
            @Schema(description = "On the platform-wide list: blocks every send, cannot be unbounced") boolean global,
            @Schema(example = "Asked by phone to stop all email") String note,
            @Schema(example = "5f1c9e4a-0b7d-4f5e-8c21-8e6a2f0d9b13", description = "The send that bounced") String sendId,
            @Schema(example = "webhook:sendgrid", description = "message, webhook:<provider> or the token subject "
                    + "of whoever added it") String source,
            Instant suppressedAt) {

        static SuppressionResponse of(SuppressionQueries.SuppressionView v) {
            return new SuppressionResponse(v.address(), v.category(), v.reason(), v.severity(), v.global(), v.note(),
                    v.sendId(), v.createdBy(), v.suppressedAt());
        }
    }

    /** One page of suppressions. */
    @RegisterForReflection
    @Schema(name = "SuppressionPage")
    public record PageResponse(@Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "137") long total, List<SuppressionResponse> items) {
    }

    /** Manual or global suppression of one or more addresses. */
    @RegisterForReflection
    @Schema(name = "ManualSuppressionRequest")
    public record ManualSuppressionRequest(
            @NotNull @NotEmpty @Size(max = 10_000) @Schema(example = "[\"bob@example.org\"]")
            List<@NotNull String> addresses,
            @NotBlank @Size(max = 2_000) @Schema(example = "Asked by phone to stop all email") String note,
            @Schema(description = "Platform-wide list (email-admin only): blocks every send and can never be unbounced")
            Boolean global,
            @Schema(example = "userunknown", description = "Optional sisimai reason, e.g. for an imported bounce list")
            String reason) {
    }

    /** What a manual suppression call changed. */
    @RegisterForReflection
    @Schema(name = "ManualSuppressionResult")
    public record ManualSuppressionResponse(@Schema(example = "1") int added, @Schema(example = "0") int madeGlobal,
            @Schema(example = "0") int alreadySuppressed) {
    }

    /** The explicit confirmation an unbounce needs. */
    @RegisterForReflection
    @Schema(name = "UnbounceRequest")
    public record UnbounceRequest(
            @NotNull @Pattern(regexp = CONFIRMATION, message = "must be exactly \"" + CONFIRMATION + "\"")
            @Schema(example = CONFIRMATION, required = true) String confirmation,
            @Size(max = 2_000) @Schema(example = "Customer confirmed by phone; mailbox restored") String note) {
    }

    /** A done unbounce and the allowance left. */
    @RegisterForReflection
    @Schema(name = "UnbounceResult")
    public record UnbounceResponse(@Schema(example = "bob@example.org") String address,
            @Schema(example = "soft-bounce") String previousCategory, @Schema(example = "suspend") String previousReason,
            @Schema(example = "admin@acme.example") String unbouncedBy, Instant unbouncedAt, String note,
            AllowanceResponse allowance) {
    }

    /** One entry of an address's history. */
    @RegisterForReflection
    @Schema(name = "HistoryEntry")
    public record HistoryEntryResponse(Instant at,
            @Schema(example = "bounce", description = "bounce, complaint, delivery, deferred, dropped, open, click, "
                    + "unsubscribe, other, manual or unbounce") String type,
            @Schema(example = "hard-bounce") String category, @Schema(example = "userunknown") String reason,
            @Schema(example = "hard") String severity, @Schema(example = "suppress") String action,
            @Schema(example = "5.1.1") String enhancedStatus, @Schema(example = "550") String replyCode,
            @Schema(example = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown") String diagnostic,
            @Schema(example = "message") String source, String sendId, String by, String note) {
    }

    /** An address's state and history. */
    @RegisterForReflection
    @Schema(name = "AddressHistory")
    public record HistoryResponse(@Schema(example = "bob@example.org") String address,
            @Schema(description = "The current suppression, absent when the address may be sent to")
            SuppressionResponse suppression, List<HistoryEntryResponse> entries) {
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "List suppressed addresses",
            description = "Newest first. Filters combine with AND; since is inclusive, until exclusive.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "An unknown category, reason or severity, or a malformed time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse list(
            @Parameter(example = "hard-bounce") @QueryParam("category") String category,
            @Parameter(example = "userunknown") @QueryParam("reason") String reason,
            @Parameter(example = "hard", description = "hard, soft or n/a") @QueryParam("severity") String severity,
            @QueryParam("global") Boolean global,
            @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("until") String until,
            @Parameter(description = "Suppressions caused by this send (B2)") @QueryParam("sendId") String sendId,
            @Parameter(description = "0-based") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "1 to 100 (values outside are clamped)") @QueryParam("size") @DefaultValue("20")
            int size) {
        SuppressionQueries.Filter filter = filter(category, reason, severity, global, since, until, sendId);
        int clampedSize = Math.max(1, Math.min(100, size));
        SuppressionQueries.Page result = queries.list(filter, Math.max(0, page), clampedSize);
        return new PageResponse(result.page(), result.size(), result.total(),
                result.items().stream().map(SuppressionResponse::of).toList());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "Export suppressed addresses with their reasons as CSV",
            description = "Same filters as the list, ordered by address, streamed. Columns: address, category, "
                    + "reason, severity, global, send_id, suppressed_at, source, note.")
    @APIResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = "text/csv", example = "address,category,reason,severity,global,send_id,"
                    + "suppressed_at,source,note\nbob@example.org,hard-bounce,userunknown,hard,false,5f1c9e4a,"
                    + "2026-11-23T11:02:13Z,message,\n"))
    @APIResponse(responseCode = "400", description = "An unknown filter value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("category") String category, @QueryParam("reason") String reason,
            @QueryParam("severity") String severity, @QueryParam("global") Boolean global,
            @QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("sendId") String sendId) {
        SuppressionQueries.Filter filter = filter(category, reason, severity, global, since, until, sendId);
        StreamingOutput csv = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("address,category,reason,severity,global,send_id,suppressed_at,source,note\r\n");
            try {
                queries.export(filter, s -> {
                    try {
                        writer.write(Csv.row(s.address(), s.category(), s.reason(), s.severity(),
                                Boolean.toString(s.global()), s.sendId(), s.suppressedAt().toString(), s.createdBy(),
                                s.note()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"suppressions.csv\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "Suppress addresses manually, or load the global list",
            description = "Adds up to 10,000 addresses with a note. With global=true (email-admin only) they go on "
                    + "the platform-wide list, which blocks every send and can never be unbounced; an address "
                    + "already suppressed by the account becomes global. Publishes AddressSuppressed per change.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = ManualSuppressionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields; nothing was suppressed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "global=true without the email-admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ManualSuppressionResponse suppress(@NotNull @Valid ManualSuppressionRequest request) {
        boolean global = Boolean.TRUE.equals(request.global());
        if (global && !identity.hasRole(Roles.EMAIL_ADMIN)) {
            throw new ForbiddenException();
        }
        ManualSuppressionService.Summary summary = manual.suppress(request.addresses(), request.note().strip(), global,
                Optional.ofNullable(request.reason()).filter(r -> !r.isBlank()), token.getSubject());
        return new ManualSuppressionResponse(summary.added(), summary.madeGlobal(), summary.alreadySuppressed());
    }

    @GET
    @Path("/unbounce-allowance")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "This month's unbounce allowance",
            description = "2% of the account's total contacts, at least 10, at most 1,000, per calendar month in "
                    + "the account's time zone.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AllowanceResponse.class)))
    public AllowanceResponse allowance() {
        return AllowanceResponse.of(unbounces.currentAllowance());
    }

    @GET
    @Path("/{address}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "Get an address's suppression")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuppressionResponse.class)))
    @APIResponse(responseCode = "404", description = "Not suppressed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SuppressionResponse get(@Parameter(example = "bob@example.org") @PathParam("address") String address) {
        return queries.find(address).map(SuppressionResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Suppressed address", address));
    }

    @GET
    @Path("/{address}/history")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "An address's bounce history",
            description = "Every bounce, complaint, delivery and drop recorded for the address (oldest first), "
                    + "manual suppressions and unbounces, and its current suppression if any.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "Nothing is known about the address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HistoryResponse history(@Parameter(example = "bob@example.org") @PathParam("address") String address) {
        SuppressionQueries.History history = queries.history(address);
        return new HistoryResponse(history.address(), history.current().map(SuppressionResponse::of).orElse(null),
                history.entries().stream().map(e -> new HistoryEntryResponse(e.at(), e.type(), e.category(), e.reason(),
                        e.severity(), e.action(), e.enhancedStatus(), e.replyCode(), e.diagnostic(), e.source(),
                        e.sendId(), e.by(), e.note())).toList());
    }

    @POST
    @Path("/{address}/unbounce")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMAIL_ADMIN)
    @Operation(summary = "Unbounce an address",
            description = "Restores eligibility after the admin confirms the address (B4). Refused (problem+json "
                    + "with `rule` and `allowance`) for global bounces, complaints and unsubscribes, userunknown and "
                    + "mailboxfull bounces (409); for an address unbounced before (409); without a verified sending "
                    + "domain, or when the month's allowance is used up (422). Audited; publishes AddressUnsuppressed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnbounceResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or wrong confirmation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not suppressed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Refused: global-bounce, not-a-bounce, abandoned-mailbox-kind "
            + "or once-per-address", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = UnbounceRefusalMapper.UnbounceRefusal.class)))
    @APIResponse(responseCode = "422", description = "Refused: verified-sending-domain-required or monthly-allowance",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = UnbounceRefusalMapper.UnbounceRefusal.class)))
    public UnbounceResponse unbounce(@Parameter(example = "bob@example.org") @PathParam("address") String address,
            @NotNull @Valid UnbounceRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        UnbounceService.Done done = unbounces.unbounce(address, note, token.getSubject());
        return new UnbounceResponse(done.audit().address, done.audit().previousCategory, done.audit().previousReason,
                done.audit().unbouncedBy, done.audit().unbouncedAt, done.audit().note, AllowanceResponse.of(done.allowance()));
    }

    private static SuppressionQueries.Filter filter(String category, String reason, String severity, Boolean global,
            String since, String until, String sendId) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (category != null && SuppressionCategory.fromApiName(category).isEmpty()) {
            violations.add(new Problem.Violation("category", "must be one of hard-bounce, soft-bounce, complaint, "
                    + "unsubscribe, provider-suppressed, manual"));
        }
        if (reason != null && BounceReason.fromCliName(reason).isEmpty()) {
            violations.add(new Problem.Violation("reason", "must be a bounce reason such as userunknown"));
        }
        if (severity != null && !SEVERITIES.contains(severity)) {
            violations.add(new Problem.Violation("severity", "must be hard, soft or n/a"));
        }
        Instant sinceInstant = instant("since", since, violations);
        Instant untilInstant = instant("until", until, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Validation failed", violations.size() == 1
                    ? "1 field is not valid" : violations.size() + " fields are not valid", violations);
        }
        return new SuppressionQueries.Filter(category, reason != null ? reason.strip().toLowerCase() : null, severity,
                global, sinceInstant, untilInstant, sendId == null || sendId.isBlank() ? null : sendId);
    }

    private static Instant instant(String field, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"));
            return null;
        }
    }
}
