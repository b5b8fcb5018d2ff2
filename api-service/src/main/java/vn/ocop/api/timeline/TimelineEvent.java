package vn.ocop.api.timeline;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event in a product's history: a dossier, a result, a decision or a certificate. */
@Schema(name = "TimelineEvent")
public record TimelineEvent(
        LocalDate date,
        @Schema(example = "CERTIFICATE_ISSUED") String kind,
        @Schema(example = "Cấp giấy chứng nhận 4★ OCOP-2024-000012-1") String summary,
        Long dossierId,
        Long roundId,
        Long certificateId) {
}
