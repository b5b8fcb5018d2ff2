package vn.ocop.api.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.catalogue.Band;
import vn.ocop.scoring.catalogue.RuleSet;

/** A rule set (bộ tiêu chí và quy trình): one version of the law with its bands, process and sheets. */
@Schema(name = "RuleSet")
public record RuleSetResponse(
        @Schema(example = "QD-148-2023") String id,
        @Schema(example = "Quyết định 148/QĐ-TTg (24/2/2023) về Bộ tiêu chí và quy trình đánh giá, phân hạng "
                + "sản phẩm OCOP")
        String titleVi,
        @Schema(example = "Decision 148/QD-TTg (24 Feb 2023): OCOP criteria and evaluation process") String titleEn,
        @Schema(description = "First day in force", example = "2023-02-24") LocalDate effectiveFrom,
        @Schema(description = "Last day in force (inclusive); null while in force", example = "2025-07-05")
        LocalDate effectiveTo,
        @Schema(description = "Whether the rule set has scoring sheets (QD-1048-2019 has bands and a process only)",
                example = "true") boolean hasSheets,
        @Schema(description = "Evaluation process: who scores and who recognises",
                example = "DISTRICT_PROVINCE_CENTRE_148")
        String process,
        @Schema(description = "Maximum points of parts A, B and C") Map<String, BigDecimal> partMaxima,
        @Schema(description = "Star bands on the council average") List<Band> bands,
        @Schema(description = "Number of product sets (scoring sheets)", example = "26") int productSetCount) {

    static RuleSetResponse of(RuleSet r) {
        return new RuleSetResponse(r.id(), r.titleVi(), r.titleEn(), r.effectiveFrom(), r.effectiveTo(),
                r.hasSheets(), r.process().id(), r.partMaxima(), r.bands(), r.productSetCodes().size());
    }
}
