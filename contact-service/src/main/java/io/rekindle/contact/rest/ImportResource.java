package io.rekindle.contact.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.imports.ContactImport;
import io.rekindle.contact.domain.imports.ContactImportIssue;
import io.rekindle.contact.domain.imports.ImportIssueOutcome;
import io.rekindle.contact.domain.imports.ImportMode;
import io.rekindle.contact.domain.imports.ImportOptions;
import io.rekindle.contact.domain.imports.ImportStatus;
import io.rekindle.contact.service.ImportService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** CSV imports of contacts, opt-out lists and archive lists, with their progress and per-row report. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    private final ImportService imports;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    /** The import's options, sent as the multipart part {@code options}. */
    @Schema(name = "ImportOptions", example = """
            {"mode": "UPSERT", "consentSource": {"optInMethod": "Newsletter box at checkout",
             "legalBasis": "CONSENT", "listOrigin": "OWN_FORMS"}}""")
    public record OptionsRequest(
            @Schema(required = true) ImportMode mode,
            @Schema(description = "Required for UPSERT: how the addresses were collected. PURCHASED, RENTED and "
                    + "THIRD_PARTY lists are refused") ImportOptions.ConsentDeclaration consentSource,
            @Schema(description = "UPSERT: the type the subscription columns set (default: Marketing Information). "
                    + "OPT_OUT: the type to unsubscribe from; absent = all types") UUID subscriptionTypeId,
            @Schema(description = "OPT_OUT: the channel (default EMAIL)") Channel channel,
            @Schema(description = "OPT_OUT: WORKFLOW when the list comes from a re-engagement program, else IMPORT")
            ConsentSource source,
            @Schema(description = "ARCHIVE: the reason recorded on each contact") String reason) {
    }

    /** An import's progress and counts. */
    @Schema(name = "Import")
    public record ImportView(UUID id, ImportMode mode, ImportStatus status, String fileName, Map<String, String> options,
            List<String> ignoredColumns, long rowsProcessed, long created, long updated, long subscribed,
            long unsubscribed, long archived, long skipped, long failed, String failure, String requestedBy,
            Instant createdAt, Instant startedAt, Instant finishedAt) {

        static ImportView of(ContactImport i) {
            return new ImportView(i.id, i.mode, i.status, i.fileName, i.options, i.ignoredColumns, i.rowsProcessed,
                    i.created, i.updated, i.subscribed, i.unsubscribed, i.archived, i.skipped, i.failed, i.failure,
                    i.requestedBy, i.createdAt, i.startedAt, i.finishedAt);
        }
    }

    /** One failed or skipped row. {@code column} is absent when the whole row is at fault. */
    @Schema(name = "ImportIssue")
    public record IssueView(long line, String column, ImportIssueOutcome outcome, String message) {

        static IssueView of(ContactImportIssue issue) {
            return new IssueView(issue.line, issue.column, issue.outcome, issue.message);
        }
    }

    /** One page of an import's report. */
    @Schema(name = "ImportIssuePage")
    public record IssuePageView(List<IssueView> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Import a CSV file", description = "multipart/form-data with a part `file` (UTF-8 CSV, "
            + "RFC 4180, header row) and a part `options` (JSON). UPSERT columns: email (required), first_name, "
            + "last_name, phone (E.164), email_subscription, sms_subscription (SUBSCRIBED, UNSUBSCRIBED or empty); "
            + "OPT_OUT and ARCHIVE read email; other columns are ignored and listed in ignoredColumns. Rows are "
            + "applied in the background, 1,000 per transaction; an invalid row is reported by line and changes "
            + "nothing. Sending the same file with the same options again (or the same Idempotency-Key) returns "
            + "the same import and applies nothing twice; a FAILED import resumes after its last committed batch.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import to poll",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200", description = "This file was already imported (or is being): the existing import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid options or an unusable header; nothing was applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another file or other options",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A purchased, rented or third-party list (B6), or an unknown "
            + "subscription type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary") FileUpload file,
            @RestForm("options") @PartType(MediaType.APPLICATION_JSON) OptionsRequest options,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Optional; a retry with the same key returns "
                    + "the same import") String idempotencyKey,
            @Context UriInfo uri) {
        if (file == null) {
            throw ProblemException.invalid("file", "a CSV file part named file is required");
        }
        if (options == null) {
            throw ProblemException.invalid("options", "a JSON part named options is required");
        }
        ImportService.Submission submission = imports.submit(new ImportOptions(options.mode(), options.consentSource(),
                options.subscriptionTypeId(), options.channel(), options.source(), options.reason()),
                file.uploadedFile(), file.fileName(), idempotencyKey, "user:" + identity.getPrincipal().getName());
        return Response.status(submission.started() && submission.entry().rowsProcessed == 0 ? 202 : 200)
                .location(uri.getBaseUriBuilder().path("api/v1/imports").path(submission.entry().id.toString()).build())
                .entity(ImportView.of(submission.entry()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "An import's status and counts", description = "QUEUED, RUNNING, COMPLETED or FAILED; "
            + "rowsProcessed grows as batches commit.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportView get(@PathParam("id") UUID id) {
        return ImportView.of(imports.get(id));
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "An import's report: failed and skipped rows by line",
            description = "In file order; page is 0-based, size 100 by default (1–1000).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IssuePageView.class)))
    public IssuePageView errors(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        int clamped = Math.max(1, Math.min(1000, size));
        ImportService.IssuePage found = imports.issues(id, page, clamped);
        return new IssuePageView(found.items().stream().map(IssueView::of).toList(), page, clamped, found.total());
    }
}
