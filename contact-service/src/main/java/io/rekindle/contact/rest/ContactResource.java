package io.rekindle.contact.rest;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.domain.ContactRating;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.service.ContactService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts: the people the account may email or text. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
@SecurityRequirement(name = "bearer")
public class ContactResource {

    private final ContactService contacts;
    private final Clock clock;

    ContactResource(ContactService contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /** What a client sends to create a contact. */
    @Schema(name = "CreateContactRequest")
    public record CreateContactRequest(
            @NotBlank @Size(max = 320) @Schema(example = "ada@example.com") String email,
            @Size(max = 200) @Schema(example = "Ada") String firstName,
            @Size(max = 200) @Schema(example = "Lovelace") String lastName,
            @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "must be an E.164 number such as +4512345678")
            @Schema(example = "+4512345678") String phone) {
    }

    /** A contact as the API shows it. */
    @Schema(name = "Contact")
    public record ContactResponse(UUID id, String email, String firstName, String lastName, String phone,
            boolean archived, Instant archivedAt,
            @Schema(description = "Reason of the hard bounce that suppressed the address (B3), e.g. userunknown")
            String hardBounceReason,
            @Schema(description = "Since when suppression-service blocks sends to this address") Instant suppressedAt,
            EngagementSummary engagement,
            Instant createdAt, Instant updatedAt) {

        static ContactResponse of(Contact contact, Instant now) {
            return new ContactResponse(contact.id, contact.email, contact.firstName, contact.lastName, contact.phone,
                    contact.isArchived(), contact.archivedAt, contact.hardBounceReason, contact.suppressedAt,
                    new EngagementSummary(contact.lastEmailSentAt, contact.lastEmailOpenedAt, contact.lastEmailClickedAt,
                            contact.emailsReceived, contact.lastSmsClickedAt,
                            ContactRating.of(contact.lastEmailOpenedAt, contact.lastEmailClickedAt,
                                    contact.emailsReceived, now)),
                    contact.createdAt, contact.updatedAt);
        }
    }

    /** Read-only properties kept from campaign-service's engagement events. */
    @Schema(name = "EngagementSummary")
    public record EngagementSummary(
            Instant lastMarketingEmailSentAt,
            @Schema(description = "Human opens only; privacy-proxy (machine) opens are not counted") Instant lastMarketingEmailOpenedAt,
            Instant lastMarketingEmailClickedAt,
            int emailsReceived,
            Instant lastSmsClickedAt,
            @Schema(description = "1-5 stars from email engagement only (M2); 1 = inactive. See ContactRating.",
                    minimum = "1", maximum = "5") int rating) {
    }

    /** Fields to change: an absent field is left alone, an empty string clears it (email cannot be cleared). */
    @Schema(name = "ContactChanges")
    public record ContactChangesRequest(
            @Size(min = 1, max = 320) String email,
            @Size(max = 200) String firstName,
            @Size(max = 200) String lastName,
            @Pattern(regexp = "|\\+[1-9]\\d{1,14}", message = "must be an E.164 number such as +4512345678") String phone) {
    }

    /** Why a contact is archived. */
    @Schema(name = "ArchiveRequest")
    public record ArchiveRequest(@Size(max = 500) @Schema(example = "Inactive after 3 re-engagement attempts") String reason) {
    }

    /** One page of contacts. */
    @Schema(name = "ContactPage")
    public record ContactPageResponse(List<ContactResponse> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Create a contact", description = "The email is normalised (trimmed, lower-cased, IDN "
            + "domains as punycode) and must be unique. Publishes ContactCreated.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new contact",
            content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A contact with this email exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateContactRequest request, @Context UriInfo uri) {
        Contact contact = contacts.create(new ContactService.NewContact(request.email(), request.firstName(),
                request.lastName(), request.phone()));
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id.toString()).build())
                .entity(ContactResponse.of(contact, clock.instant()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List contacts", description = "Newest first; erased contacts are never listed. "
            + "status=NOT_SPECIFIED finds contacts with no recorded status for the type and channel.")
    public ContactPageResponse list(
            @QueryParam("email") @Parameter(description = "Part of the email address") String email,
            @QueryParam("archived") @Parameter(description = "true: only archived; false: only active; absent: both")
            Boolean archived,
            @QueryParam("subscriptionTypeId") UUID subscriptionTypeId,
            @QueryParam("channel") Channel channel,
            @QueryParam("status") SubscriptionStatus status,
            @QueryParam("hardBounceReason") @Parameter(description = "e.g. userunknown; `any` for every hard-bounced contact")
            String hardBounceReason,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ContactService.ContactPage found = contacts.search(
                new ContactService.ContactQuery(email, archived, subscriptionTypeId, channel, status, hardBounceReason),
                page, Math.max(1, Math.min(100, size)));
        Instant now = clock.instant();
        return new ContactPageResponse(found.items().stream().map(contact -> ContactResponse.of(contact, now)).toList(),
                found.page(), found.size(), found.total());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Change a contact's fields", description = "Publishes ContactUpdated.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "409", description = "Another contact has this email",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactResponse update(@PathParam("id") UUID id, @NotNull @Valid ContactChangesRequest request) {
        return ContactResponse.of(contacts.update(id, new ContactService.ContactChanges(request.email(),
                request.firstName(), request.lastName(), request.phone())), clock.instant());
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Archive a contact", description = "Keeps the contact and its history out of every "
            + "audience (M6). Idempotent. Publishes ContactArchived.")
    public ContactResponse archive(@PathParam("id") UUID id, @Valid ArchiveRequest request) {
        return ContactResponse.of(contacts.archive(id, request == null ? null : request.reason()), clock.instant());
    }

    @POST
    @Path("/{id}/unarchive")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Restore an archived contact", description = "Idempotent. Publishes ContactUnarchived.")
    public ContactResponse unarchive(@PathParam("id") UUID id) {
        return ContactResponse.of(contacts.unarchive(id), clock.instant());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Erase a contact (GDPR)", description = "Removes personal data and redacts the "
            + "consent ledger's personal evidence; an anonymous tombstone keeps the id. Publishes ContactErased.")
    @APIResponse(responseCode = "204", description = "Erased (also when it was already erased)")
    public void erase(@PathParam("id") UUID id) {
        contacts.erase(id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a contact")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "404", description = "No such contact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactResponse get(@PathParam("id") UUID id) {
        return ContactResponse.of(contacts.get(id), clock.instant());
    }
}
