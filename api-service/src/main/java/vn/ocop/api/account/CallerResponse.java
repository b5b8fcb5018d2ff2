package vn.ocop.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.Scope;

/** Who the token says the caller is, and what it is bound to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CallerResponse")
public record CallerResponse(
        @Schema(example = "tanky.xa") String username,
        Role role,
        @Schema(description = "Officers: the area they see, with its sub-areas", example = "/19/412/") String areaPath,
        @Schema(description = "PRODUCER accounts: their producer") Long producerId) {

    static CallerResponse of(Scope scope) {
        return new CallerResponse(scope.username(), scope.role(), scope.areaPath(), scope.producerId());
    }
}
