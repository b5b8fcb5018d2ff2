package vn.ocop.api.plan;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one product named by a target stands on the reference day, with the certificate that decides it. */
@Schema(name = "NamedProductProgress")
public record NamedProductProgress(
        @Schema(example = "101") long productId,
        @Schema(example = "Nấm linh chi An Ninh") String productName,
        NamedProductState state,
        @Schema(description = "The certificate that achieves the target (or last did, when lost); null when none")
        Long certificateId,
        @Schema(example = "OCOP-2023-000012-1") String certificateNumber,
        @Schema(example = "3") Integer stars,
        @Schema(description = "Last day that certificate is in force") LocalDate validThrough) {

    /** Tình trạng của sản phẩm được giao chỉ tiêu. */
    public enum NamedProductState {
        /** Đạt — holds a certificate meeting the target, in force on the reference day. */
        ACHIEVED,
        /** Chưa đạt — no certificate meeting the target in the plan period yet. */
        NOT_YET,
        /** Mất — met the target in the period, but that certificate was revoked or expired by the reference day. */
        LOST
    }
}
