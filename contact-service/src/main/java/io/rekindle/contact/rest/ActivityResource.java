package io.rekindle.contact.rest;

import io.rekindle.contact.domain.ContactOrder;
import io.rekindle.contact.service.ActivityService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** External activity recorded against contacts: orders placed in shops (K3, M5). */
@Path("/api/v1/activities/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity")
@SecurityRequirement(name = "bearer")
public class ActivityResource {

    private final ActivityService activity;

    ActivityResource(ActivityService activity) {
        this.activity = activity;
    }

    /** An order placed in a shop; name the contact by id or by email. */
    @Schema(name = "OrderRequest")
    public record OrderRequest(
            @NotBlank @Size(max = 200) @Schema(example = "SHOP-10042") String orderId,
            @Schema(description = "Rekindle's contact id; either this or email") UUID contactId,
            @Size(max = 320) @Schema(example = "ada@example.com") String email,
            @PositiveOrZero @Schema(example = "59.90") BigDecimal amount,
            @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as EUR")
            @Schema(example = "EUR") String currency,
            @NotNull @Schema(example = "2026-11-23T11:58:00Z") Instant placedAt) {
    }

    /** An order as recorded. */
    @Schema(name = "Order")
    public record OrderView(String orderId, UUID contactId, BigDecimal amount, String currency, Instant placedAt,
            String source, Instant recordedAt) {

        static OrderView of(ContactOrder o) {
            return new OrderView(o.orderId, o.contactId, o.amount, o.currency, o.placedAt, o.source, o.recordedAt);
        }
    }

    @POST
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Record an order", description = "Idempotent by orderId: the first call records the order "
            + "and publishes OrderRecorded (201); a repeat returns the recorded order (200) and publishes nothing. "
            + "A contact is never created from an order.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No contact has this id or address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull @Valid OrderRequest request, @Context UriInfo uri) {
        ActivityService.Recorded recorded = activity.record(new ActivityService.NewOrder(request.orderId(),
                request.contactId(), request.email(), request.amount(), request.currency(), request.placedAt()), "API");
        return Response.status(recorded.created() ? 201 : 200)
                .location(uri.getAbsolutePathBuilder().path(recorded.order().orderId).build())
                .entity(OrderView.of(recorded.order()))
                .build();
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a recorded order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderView get(@PathParam("orderId") String orderId) {
        return OrderView.of(activity.get(orderId));
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "A contact's recorded orders, oldest first")
    public List<OrderView> ofContact(@NotNull @QueryParam("contactId") UUID contactId) {
        return activity.ofContact(contactId).stream().map(OrderView::of).toList();
    }
}
