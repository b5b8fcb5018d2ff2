package vn.ocop.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Credentials exchanged for an access token. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @NotBlank @Size(max = 120) @Schema(example = "tanky.xa") String username,
        @NotBlank @Size(max = 200) @Schema(example = "TanKy@2025") String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + ", password=***]";
    }
}
