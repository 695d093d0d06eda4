package io.rekindle.suppression.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.platform.problem.Problem;
import io.rekindle.suppression.domain.UnbounceAllowance;
import io.rekindle.suppression.service.UnbounceService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused unbounce as problem+json, with the rule that refused it and the allowance left (extension members). */
public class UnbounceRefusalMapper {

    static final String TYPE = "urn:rekindle:problem:unbounce-refused";

    /** RFC 9457 problem details plus the refusing rule and the month's allowance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @RegisterForReflection
    @Schema(name = "UnbounceRefusal")
    public record UnbounceRefusal(
            @Schema(example = TYPE) String type,
            @Schema(example = "Unbounce refused") String title,
            @Schema(example = "422") int status,
            @Schema(example = "The monthly unbounce allowance of 10 for 2026-11 is used up") String detail,
            @Schema(example = "/api/v1/suppressions/bob@example.org/unbounce") String instance,
            @Schema(example = "monthly-allowance", description = "global-bounce, not-a-bounce, abandoned-mailbox-kind, "
                    + "once-per-address, verified-sending-domain-required or monthly-allowance") String rule,
            AllowanceResponse allowance) {
    }

    @ServerExceptionMapper
    public Response refused(UnbounceService.RefusedException e, UriInfo uri) {
        UnbounceAllowance allowance = e.allowance();
        return Response.status(e.rule().status()).type(Problem.MEDIA_TYPE)
                .entity(new UnbounceRefusal(TYPE, "Unbounce refused", e.rule().status(), e.getMessage(), uri.getPath(),
                        e.rule().apiName(), allowance != null ? AllowanceResponse.of(allowance) : null))
                .build();
    }
}
