package io.rekindle.segment.rest;

import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import io.rekindle.segment.domain.Segment;
import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.service.SegmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved segments: create, read, change and delete them; count, page through and export their members. */
@Path("/api/v1/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
@SecurityRequirement(name = "bearer")
public class SegmentResource {

    static final String TEXT_CSV = "text/csv";

    private final SegmentService service;

    SegmentResource(SegmentService service) {
        this.service = service;
    }

    /** A segment to create. */
    @Schema(name = "CreateSegmentRequest")
    public record CreateRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Unengaged for 52 weeks") String name,
            @NotNull @Schema(example = "ACTIVE", description = "ACTIVE: evaluated whenever read; STATIC: members taken now")
            Segment.Kind kind,
            @NotNull @Valid Criterion criteria) {
    }

    /** A segment's new name and criteria; its kind cannot change. */
    @Schema(name = "UpdateSegmentRequest")
    public record UpdateRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid Criterion criteria) {
    }

    /** A saved segment. */
    @Schema(name = "Segment")
    public record SegmentResponse(UUID id, String name, Segment.Kind kind, Criterion criteria, Instant createdAt,
            Instant updatedAt) {
    }

    /** How many contacts a segment holds now. */
    @Schema(name = "SegmentCount")
    public record CountResponse(long count) {
    }

    /** One page of members, 0-based. */
    @Schema(name = "SegmentMemberPage")
    public record MemberPageResponse(List<SegmentService.Member> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Save a segment", description = "A STATIC segment takes its members now and keeps them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "R8 non-confirmers",
            value = "{\"name\": \"Permission pass: non-confirmers\", \"kind\": \"ACTIVE\", \"criteria\": {\"type\": \"and\","
                    + " \"criteria\": [{\"type\": \"emailActivity\", \"activity\": \"received\", \"campaignId\":"
                    + " \"8d1c9f4e-5b3a-4c7e-9e0d-1f2a3b4c5d6e\"}, {\"type\": \"not\", \"criterion\": {\"type\":"
                    + " \"emailActivity\", \"activity\": \"clicked\", \"campaignId\": \"8d1c9f4e-5b3a-4c7e-9e0d-1f2a3b4c5d6e\"}}]}}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SegmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateRequest request, @Context UriInfo uri) {
        Segment segment = service.create(request.name().trim(), request.kind(), request.criteria());
        return Response.created(uri.getAbsolutePathBuilder().path(segment.id.toString()).build())
                .entity(response(segment)).build();
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List saved segments", description = "Newest first.")
    public List<SegmentResponse> list() {
        return service.list().stream().map(this::response).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Read a saved segment")
    @APIResponse(responseCode = "404", description = "No such segment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SegmentResponse get(@PathParam("id") UUID id) {
        return response(service.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Rename or redefine a segment", description = "A STATIC segment takes its members again when its criteria change.")
    @APIResponse(responseCode = "400", description = "Invalid definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such segment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SegmentResponse update(@PathParam("id") UUID id, @NotNull @Valid UpdateRequest request) {
        return response(service.update(id, request.name().trim(), request.criteria()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Delete a segment")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such segment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @GET
    @Path("{id}/count")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Count a segment's members now")
    public CountResponse count(@PathParam("id") UUID id) {
        return new CountResponse(service.count(id));
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Page through a segment's members", description = "Ordered by email; page is 0-based, "
            + "size defaults to 20 and is clamped to 1..100.")
    public MemberPageResponse members(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Parameter(description = "Clamped to 1..100") int size) {
        SegmentService.MemberPage found = service.members(id, page, Math.max(1, Math.min(100, size)));
        return new MemberPageResponse(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}/members.csv")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Export a segment's members as CSV", description = "Streamed, ordered by contact id; columns "
            + "contact_id, email, first_name, last_name, phone. Can be imported into contact-service as an opt-out list (R9, K8).")
    @APIResponse(responseCode = "200", description = "The CSV, streamed",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    example = "contact_id,email,first_name,last_name,phone\r\n"
                            + "66f9055a-e985-482a-868e-adbf6d0dfff1,ada@example.com,Ada,Lovelace,+4512345678\r\n")))
    public Response export(@PathParam("id") UUID id) {
        service.find(id);
        StreamingOutput body = out -> service.export(id, out);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"segment-" + id + ".csv\"")
                .build();
    }

    private SegmentResponse response(Segment segment) {
        return new SegmentResponse(segment.id, segment.name, segment.kind, service.criteria(segment), segment.createdAt,
                segment.updatedAt);
    }
}
