package vn.ocop.api.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * A new dossier. For a re-evaluation or upgrade without a self-assessment or evidence, both are copied from
 * the product's last dossier, so nothing is typed twice.
 */
@Schema(name = "DossierRequest")
public record DossierRequest(
        @Schema(example = "12") @NotNull Long productId,
        @Schema(example = "NEW") @NotNull EvaluationType evaluationType,
        @Schema(description = "Rule set to evaluate under; by default the one in force on the filing date",
                example = "QD-26-2026") String ruleSetId,
        @Schema(description = "Filing date (ngày nộp); today when absent", example = "2026-08-03") LocalDate filedOn,
        @Schema(description = "Self-assessment: criterion code → option code (or \"none\")",
                example = "{\"A.1.1\": \"A.1.1#3\"}") Map<String, String> selfAssessment,
        @Size(max = 200) List<@Valid EvidenceItem> evidence,
        @Schema(example = "Hồ sơ đánh giá lại sản phẩm Trà hoa hồng") @Size(max = 2000) String note) {
}
