package vn.ocop.api.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as a client writes it; the secret is the server's. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(description = "Absolute http(s) URL that receives the POSTs", example = "https://lgsp.ninhbinh.gov.vn/ocop/events")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Event types to send (see GET /api/v1/changes)", example = "[\"certificate.issued\", \"certificate.revoked\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> eventTypes,
        @Schema(description = "Area whose events (and its sub-areas') are sent; null: the whole country (ADMIN only)",
                example = "3") Long areaId,
        @Schema(example = "Nền tảng tích hợp dữ liệu tỉnh Ninh Bình") @Size(max = 200) String description,
        @Schema(description = "false pauses the deliveries (events are not queued meanwhile)", example = "true")
        @NotNull Boolean active) {
}
