package vn.ocop.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed access token (RS256 JWT) to send as {@code Authorization: Bearer <accessToken>}. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "Signed JWT", example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "3600") long expiresIn) {
}
