package vn.ocop.api.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded actual of a target the data cannot count. */
@Schema(name = "TargetActualRequest")
public record TargetActualRequest(
        @Schema(description = "How much was done, in the target's unit", example = "1") @NotNull
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Schema(description = "The day it was done (not after today)", example = "2023-05-12") @NotNull LocalDate achievedOn,
        @Schema(example = "Video quảng bá sản phẩm OCOP xã Hà Sơn phát trên Đài truyền hình huyện") @Size(max = 1000)
        String note) {
}
