package vn.ocop.api.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A council member's score sheet: every criterion of the product set answered with one option (or "none"). */
@Schema(name = "ScoreSheetRequest")
public record ScoreSheetRequest(
        @Schema(description = "The council member's user id", example = "tv.so.nong.nghiep") @NotBlank @Size(max = 120) String memberId,
        @Schema(description = "criterion code → option code", example = "{\"A.1.1\": \"A.1.1#3\"}") @NotEmpty Map<String, String> answers) {
}
