package io.rekindle.segment.rest;

import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.platform.security.Roles;
import io.rekindle.segment.domain.criteria.Channel;
import io.rekindle.segment.domain.criteria.CountCondition;
import io.rekindle.segment.domain.criteria.Criterion;
import io.rekindle.segment.domain.criteria.LastMessagesFilter;
import io.rekindle.segment.domain.criteria.Presets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ready-made re-engagement definitions of the peer products, returned as criteria trees to preview,
 * adjust and save; nothing is stored.
 */
@Path("/api/v1/segments/presets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segment presets")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
@APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Criterion.class)))
@APIResponse(responseCode = "400", description = "Invalid parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentPresetResource {

    @GET
    @Path("hubspot-unengaged")
    @Operation(summary = "HubSpot unengaged contacts (R5)", description = "Received campaign X and did not open it, "
            + "and last open more than N weeks ago or unknown.")
    public Criterion hubSpotUnengaged(
            @QueryParam("campaignId") @NotNull UUID campaignId,
            @QueryParam("weeks") @DefaultValue("52") @Min(1) @Max(520) int weeks,
            @QueryParam("excludeMachineOpens") @DefaultValue("true") boolean excludeMachineOpens) {
        return Presets.hubSpotUnengaged(campaignId, weeks, excludeMachineOpens);
    }

    @GET
    @Path("permission-pass-confirmers")
    @Operation(summary = "Permission-pass confirmers (R8 segment 1)", description = "Clicked a link in the email.")
    public Criterion confirmers(@QueryParam("campaignId") @NotNull UUID campaignId) {
        return Presets.permissionPassConfirmers(campaignId);
    }

    @GET
    @Path("permission-pass-non-confirmers")
    @Operation(summary = "Permission-pass non-confirmers (R8 segment 2)",
            description = "Received the email and did not click it; unsubscribe them after the waiting period (R9).")
    public Criterion nonConfirmers(@QueryParam("campaignId") @NotNull UUID campaignId) {
        return Presets.permissionPassNonConfirmers(campaignId);
    }

    @GET
    @Path("klaviyo-unengaged")
    @Operation(summary = "Klaviyo unengaged purchasers or non-purchasers (K3)", description = "Subscribed to email for "
            + "more than subscribedDays, no open in noOpenDays, received emails compared with receivedCount over all "
            + "time (receivedOperator atLeast by Klaviyo's definition; lessThan for the seed's 'fewer than'), and at "
            + "least one order (purchasers=true) or none.")
    public Criterion klaviyoUnengaged(
            @QueryParam("purchasers") @NotNull Boolean purchasers,
            @QueryParam("subscribedDays") @DefaultValue("60") @Min(1) @Max(36500) int subscribedDays,
            @QueryParam("noOpenDays") @DefaultValue("120") @Min(1) @Max(36500) int noOpenDays,
            @QueryParam("receivedOperator") @DefaultValue("atLeast") CountCondition.Comparison receivedOperator,
            @QueryParam("receivedCount") @DefaultValue("5") @Min(0) @Max(1_000_000) int receivedCount,
            @QueryParam("excludeMachineOpens") @DefaultValue("false") boolean excludeMachineOpens) {
        return Presets.klaviyoUnengaged(purchasers, subscribedDays, noOpenDays,
                new CountCondition(receivedOperator, receivedCount), excludeMachineOpens);
    }

    @GET
    @Path("mailchimp-inactive")
    @Operation(summary = "Mailchimp inactive (M3, M4)", description = "Did not open (email) or click (email, SMS) any "
            + "of the last N messages.")
    public Criterion mailchimpInactive(
            @QueryParam("channel") @DefaultValue("EMAIL") Channel channel,
            @QueryParam("activity") @DefaultValue("opened") @Parameter(description = "opened (email only) or clicked")
            LastMessagesFilter.Activity activity,
            @QueryParam("last") @DefaultValue("5") @Min(1) @Max(100) int last,
            @QueryParam("excludeMachineOpens") @DefaultValue("false") boolean excludeMachineOpens) {
        if (channel == Channel.SMS && activity == LastMessagesFilter.Activity.opened) {
            throw ProblemException.invalid("activity", "an SMS cannot be opened; use clicked");
        }
        return Presets.mailchimpInactive(channel, activity, last, excludeMachineOpens);
    }
}
