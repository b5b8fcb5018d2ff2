package vn.ocop.api.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a plan that a client writes (targets, milestones and activities are sub-resources). */
@Schema(name = "PlanRequest")
public record PlanRequest(
        @Schema(description = "Area (province, district or commune) the plan is for", example = "412")
        @NotNull Long areaId,
        @Schema(description = "Plan year", example = "2024")
        @NotNull @Min(PlanRequest.MIN_YEAR) @Max(PlanRequest.MAX_YEAR) Integer year,
        @Schema(description = "Document number (số hiệu)", example = "66/KH-UBND")
        @Size(max = 60) String number,
        @Schema(description = "Issue date (ngày ban hành)", example = "2024-04-04")
        LocalDate issuedOn,
        @Schema(example = "Kế hoạch thực hiện Chương trình OCOP huyện Sơn Hà năm 2024")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Rule set the plan follows, as written in it", example = "148/QĐ-TTg")
        @Size(max = 120) String ruleSet,
        @Schema(description = "Budget in VND (exact decimal)", example = "2000000000")
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal budgetVnd,
        @Schema(description = "Funding source (nguồn kinh phí)",
                example = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới")
        @Size(max = 500) String fundingSource,
        @Schema(description = "Executing units (đơn vị thực hiện)", example = "[\"Phòng Nông nghiệp và PTNT\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> executingUnits,
        @Size(max = 4000) String note) {

    public static final int MIN_YEAR = 2018;
    public static final int MAX_YEAR = 2100;
}
