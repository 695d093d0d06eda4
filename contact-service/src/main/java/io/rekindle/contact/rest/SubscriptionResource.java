package io.rekindle.contact.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentRecord;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.Subscription;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.service.SubscriptionService;
import io.rekindle.contact.service.SubscriptionTypeService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contact's subscription statuses per type and channel, and the consent ledger behind them. */
@Path("/api/v1/contacts/{contactId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions and consent")
@SecurityRequirement(name = "bearer")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final SubscriptionTypeService types;
    private final SecurityIdentity identity;

    SubscriptionResource(SubscriptionService subscriptions, SubscriptionTypeService types, SecurityIdentity identity) {
        this.subscriptions = subscriptions;
        this.types = types;
        this.identity = identity;
    }

    /** The status for one type on one channel. */
    @Schema(name = "SubscriptionStatusView")
    public record SubscriptionView(UUID subscriptionTypeId, String subscriptionTypeName, Channel channel,
            SubscriptionStatus status, Instant doubleOptInConfirmedAt, Instant changedAt) {
    }

    /** A change requested through the API; an opt-in must say how consent was obtained. */
    @Schema(name = "SubscriptionChangeRequest")
    public record ChangeRequest(
            @NotNull SubscriptionStatus status,
            @Schema(description = "Required CONSENT for SUBSCRIBED; defaults to NOT_APPLICABLE for UNSUBSCRIBED")
            LegalBasis legalBasis,
            @Schema(description = "Proof of the opt-in: optInMethod (required for SUBSCRIBED), noticeText, capturedAt, ...",
                    example = "{\"optInMethod\": \"Signed paper form at the Copenhagen store\", \"noticeText\": \"Yes, send me news\"}")
            Map<@Size(max = 100) String, @Size(max = 4000) String> evidence) {
    }

    /** Unsubscribe from every type on a channel. */
    @Schema(name = "UnsubscribeAllRequest")
    public record UnsubscribeAllRequest(@NotNull Channel channel) {
    }

    /** One consent ledger entry. */
    @Schema(name = "ConsentRecord")
    public record ConsentRecordView(UUID id, UUID subscriptionTypeId, Channel channel, SubscriptionStatus previousStatus,
            SubscriptionStatus newStatus, ConsentSource source, LegalBasis legalBasis, boolean doubleOptIn,
            Map<String, String> evidence, String recordedBy, Instant recordedAt) {

        static ConsentRecordView of(ConsentRecord r) {
            return new ConsentRecordView(r.id, r.subscriptionTypeId, r.channel, r.previousStatus, r.newStatus, r.source,
                    r.legalBasis, r.doubleOptIn, r.evidence, r.recordedBy, r.recordedAt);
        }
    }

    @GET
    @Path("/subscriptions")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "A contact's status for every active subscription type on every channel",
            description = "Types and channels never set show NOT_SPECIFIED.")
    public List<SubscriptionView> list(@PathParam("contactId") UUID contactId) {
        Map<Subscription.Key, Subscription> current = subscriptions.of(contactId).stream()
                .collect(Collectors.toMap(s -> s.key, Function.identity()));
        List<SubscriptionView> views = new ArrayList<>();
        for (SubscriptionType type : types.list(false)) {
            for (Channel channel : Channel.values()) {
                Subscription s = current.get(new Subscription.Key(contactId, type.id, channel));
                views.add(s == null
                        ? new SubscriptionView(type.id, type.name, channel, SubscriptionStatus.NOT_SPECIFIED, null, null)
                        : new SubscriptionView(type.id, type.name, channel, s.status, s.doubleOptInConfirmedAt, s.changedAt));
            }
        }
        return views;
    }

    @PUT
    @Path("/subscriptions/{subscriptionTypeId}/{channel}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Set a contact's status for one type on one channel",
            description = "Recorded in the consent ledger with source API and published as SubscriptionChanged. "
                    + "Opt-ins need legalBasis CONSENT and evidence.optInMethod; a contact who opted out can only "
                    + "resubscribe through a form.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "422", description = "Refused by a consent rule; the violation names the rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView change(@PathParam("contactId") UUID contactId,
            @PathParam("subscriptionTypeId") UUID typeId, @PathParam("channel") Channel channel,
            @NotNull @Valid ChangeRequest request) {
        LegalBasis basis = request.legalBasis() != null ? request.legalBasis()
                : request.status() == SubscriptionStatus.UNSUBSCRIBED ? LegalBasis.NOT_APPLICABLE : null;
        Subscription s = subscriptions.change(contactId, typeId, channel, request.status(),
                new SubscriptionService.Consent(ConsentSource.API, basis, false, request.evidence(), actor()));
        SubscriptionType type = types.get(typeId);
        return new SubscriptionView(type.id, type.name, channel, s.status, s.doubleOptInConfirmedAt, s.changedAt);
    }

    @POST
    @Path("/subscriptions/unsubscribe-all")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Unsubscribe a contact from all marketing on a channel")
    public List<SubscriptionView> unsubscribeAll(@PathParam("contactId") UUID contactId,
            @NotNull @Valid UnsubscribeAllRequest request) {
        subscriptions.unsubscribeFromAll(contactId, request.channel(), new SubscriptionService.Consent(
                ConsentSource.API, LegalBasis.NOT_APPLICABLE, false, Map.of(), actor()));
        return list(contactId);
    }

    @GET
    @Path("/consent-records")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "The contact's consent ledger, oldest first", description = "Append-only.")
    public List<ConsentRecordView> ledger(@PathParam("contactId") UUID contactId) {
        return subscriptions.ledgerOf(contactId).stream().map(ConsentRecordView::of).toList();
    }

    private String actor() {
        return "user:" + identity.getPrincipal().getName();
    }
}
