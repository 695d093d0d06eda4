package io.rekindle.contact.rest;

import io.rekindle.contact.service.ExportService;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts as CSV, streamed page by page so that any number of contacts can be exported. */
@Path("/api/v1/contacts/export")
@Tag(name = "Contacts")
@SecurityRequirement(name = "bearer")
public class ExportResource {

    static final String TEXT_CSV = "text/csv";

    private final ExportService export;

    ExportResource(ExportService export) {
        this.export = export;
    }

    @GET
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Export contacts as CSV", description = "Oldest first; erased contacts are never exported. "
            + "Columns: contact_id, email, first_name, last_name, phone, archived, created_at, then one column per "
            + "active subscription type and channel, named `<type name> (EMAIL)`, with SUBSCRIBED, UNSUBSCRIBED or "
            + "NOT_SPECIFIED. The file can be imported back as an OPT_OUT or ARCHIVE list (R9, K8).")
    @APIResponse(responseCode = "200", description = "The CSV, streamed",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "contact_id,email,first_name,last_name,phone,archived,created_at,Marketing Information (EMAIL),Marketing Information (SMS)\r\n"
                            + "66f9055a-e985-482a-868e-adbf6d0dfff1,ada@example.com,Ada,Lovelace,+4512345678,false,2026-11-23T10:15:31.204Z,SUBSCRIBED,NOT_SPECIFIED\r\n")))
    public Response export(@QueryParam("archived") @Parameter(description = "true: only archived; false: only active; "
            + "absent: both") Boolean archived) {
        StreamingOutput body = out -> export.write(archived, out);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"contacts.csv\"")
                .build();
    }
}
