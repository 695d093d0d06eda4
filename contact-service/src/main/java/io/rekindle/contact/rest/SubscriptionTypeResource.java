package io.rekindle.contact.rest;

import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.service.SubscriptionTypeService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscription types (R4): "Marketing Information" exists from the start; others are defined here. */
@Path("/api/v1/subscription-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscription types")
@SecurityRequirement(name = "bearer")
public class SubscriptionTypeResource {

    private final SubscriptionTypeService types;

    SubscriptionTypeResource(SubscriptionTypeService types) {
        this.types = types;
    }

    /** A type as written by a client. */
    @Schema(name = "SubscriptionTypeRequest")
    public record SubscriptionTypeRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Marketing Newsletter") String name,
            @Size(max = 1000) String description) {
    }

    /** A type as the API shows it. */
    @Schema(name = "SubscriptionType")
    public record SubscriptionTypeView(UUID id, String name, String description, boolean isDefault, boolean archived,
            Instant createdAt) {

        static SubscriptionTypeView of(SubscriptionType t) {
            return new SubscriptionTypeView(t.id, t.name, t.description, t.isDefault, t.archivedAt != null, t.createdAt);
        }
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List subscription types")
    public List<SubscriptionTypeView> list(@QueryParam("includeArchived") boolean includeArchived) {
        return types.list(includeArchived).stream().map(SubscriptionTypeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a subscription type")
    public SubscriptionTypeView get(@PathParam("id") UUID id) {
        return SubscriptionTypeView.of(types.get(id));
    }

    @POST
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Define a subscription type")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionTypeView.class)))
    @APIResponse(responseCode = "409", description = "A type with this name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid SubscriptionTypeRequest request, @Context UriInfo uri) {
        SubscriptionType type = types.create(request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(type.id.toString()).build())
                .entity(SubscriptionTypeView.of(type)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Rename a subscription type or change its description")
    public SubscriptionTypeView update(@PathParam("id") UUID id, @NotNull @Valid SubscriptionTypeRequest request) {
        return SubscriptionTypeView.of(types.rename(id, request.name(), request.description()));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Archive a subscription type", description = "The default type cannot be archived (409).")
    public SubscriptionTypeView archive(@PathParam("id") UUID id) {
        return SubscriptionTypeView.of(types.archive(id));
    }
}
