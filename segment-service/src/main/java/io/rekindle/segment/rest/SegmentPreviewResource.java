package io.rekindle.segment.rest;

import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.service.SegmentPreviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Count preview of a segment definition: how many contacts it holds right now. */
@Path("/api/v1/segments/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
@SecurityRequirement(name = "bearer")
public class SegmentPreviewResource {

    private final SegmentPreviewService preview;

    SegmentPreviewResource(SegmentPreviewService preview) {
        this.preview = preview;
    }

    /** A segment definition to count. */
    @Schema(name = "SegmentPreviewRequest")
    public record PreviewRequest(@NotNull @Valid Criterion criteria) {
    }

    /** How many contacts match. */
    @Schema(name = "SegmentPreview")
    public record PreviewResponse(long count) {
    }

    @POST
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Count the contacts a segment definition matches now")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "everyone", value = "{\"criteria\": {\"type\": \"and\", \"criteria\": []}}"),
            @ExampleObject(name = "a domain", value = "{\"criteria\": {\"type\": \"property\", \"property\": \"email\","
                    + " \"operator\": \"endsWith\", \"value\": \"@example.com\"}}")}))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreviewResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewResponse count(@NotNull @Valid PreviewRequest request) {
        return new PreviewResponse(preview.count(request.criteria()));
    }
}
