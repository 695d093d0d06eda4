package io.rekindle.contact.rest;

import io.rekindle.contact.domain.Contact;
import io.rekindle.contact.service.ContactService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    ContactResource(ContactService contacts) {
        this.contacts = contacts;
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
            Instant createdAt, Instant updatedAt) {

        static ContactResponse of(Contact contact) {
            return new ContactResponse(contact.id, contact.email, contact.firstName, contact.lastName, contact.phone,
                    contact.createdAt, contact.updatedAt);
        }
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
                .entity(ContactResponse.of(contact))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a contact")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "404", description = "No such contact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactResponse get(@PathParam("id") UUID id) {
        return ContactResponse.of(contacts.get(id));
    }
}
