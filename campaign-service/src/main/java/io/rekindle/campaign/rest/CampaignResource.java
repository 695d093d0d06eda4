package io.rekindle.campaign.rest;

import io.rekindle.campaign.domain.Audience;
import io.rekindle.campaign.domain.CampaignKind;
import io.rekindle.campaign.domain.Channel;
import io.rekindle.campaign.domain.RecipientStatus;
import io.rekindle.campaign.service.CampaignDraft;
import io.rekindle.campaign.service.CampaignService;
import io.rekindle.campaign.service.CampaignView;
import io.rekindle.campaign.service.RecipientView;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaigns (R6, K6): what is sent to whom and when; starting one fixes its recipients with not-sent reasons. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "bearer")
public class CampaignResource {

    private final CampaignService campaigns;

    CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** A campaign as written by a client. */
    @Schema(name = "CampaignRequest")
    public record CampaignRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Spring permission pass") String name,
            @NotNull @Schema(example = "PERMISSION_PASS") CampaignKind kind,
            @NotNull @Schema(example = "EMAIL", description = "SMS is refused with 422 for now") Channel channel,
            @NotNull UUID subscriptionTypeId,
            @NotNull UUID templateId,
            @NotNull @Valid AudienceRequest audience,
            @Valid @Schema(description = "Absent: sent as soon as it is launched") ScheduleRequest schedule) {

        CampaignDraft draft() {
            return new CampaignDraft(name, kind, channel, subscriptionTypeId, templateId,
                    new Audience(audience.allSubscribers(), audience.includedContactIds()),
                    schedule == null ? null : schedule.sendAt(), schedule == null ? null : schedule.timeZone());
        }
    }

    /** Who the campaign is for; at least one of the two must be given. */
    @Schema(name = "CampaignAudienceRequest")
    public record AudienceRequest(
            @Schema(description = "Every contact subscribed to the campaign's type on its channel") boolean allSubscribers,
            @Size(max = 10000) List<@NotNull UUID> includedContactIds) {
    }

    /** A wall-clock time in a time zone. */
    @Schema(name = "CampaignScheduleRequest")
    public record ScheduleRequest(
            @NotNull @Schema(example = "2026-12-01T09:00:00") LocalDateTime sendAt,
            @NotBlank @Schema(example = "Europe/Copenhagen") String timeZone) {
    }

    /** One page of campaigns. */
    @Schema(name = "CampaignPage")
    public record CampaignPageResponse(List<CampaignView> items, int page, int size, long total) {
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List campaigns, newest first")
    public CampaignPageResponse list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        CampaignService.CampaignPage found = campaigns.list(page, Math.max(1, Math.min(100, size)));
        return new CampaignPageResponse(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a campaign", description = "Once started, it carries its recipient counts.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView get(@PathParam("id") UUID id) {
        return campaigns.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Create a campaign as a draft")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields (audience, schedule)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "SMS channel, unknown template or a template of the other kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CampaignRequest request, @Context UriInfo uri) {
        CampaignView created = campaigns.create(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Replace a campaign that has not started")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView update(@PathParam("id") UUID id, @NotNull @Valid CampaignRequest request) {
        return campaigns.update(id, request.draft());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Delete a campaign that has not started")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The campaign has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        campaigns.delete(id);
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Launch a draft: start now, or wait for its scheduled time",
            description = "Starting resolves the audience once: each contact is checked (known, not archived, "
                    + "subscribed to the type on the channel) and kept either QUEUED or NOT_SENT with the reason.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Already scheduled or started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView launch(@PathParam("id") UUID id) {
        return campaigns.launch(id);
    }

    @POST
    @Path("/{id}/unschedule")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Take a scheduled campaign back to draft before its time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Not scheduled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CampaignView unschedule(@PathParam("id") UUID id) {
        return campaigns.unschedule(id);
    }

    @GET
    @Path("/{id}/recipients")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "The recipients fixed at start, in contact id order",
            description = "Filter with status=NOT_SENT for those left out and why.")
    @APIResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RecipientView> recipients(@PathParam("id") UUID id, @QueryParam("status") RecipientStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page, @QueryParam("size") @DefaultValue("100") int size) {
        return campaigns.recipients(id, status, page, Math.max(1, Math.min(1000, size)));
    }
}
