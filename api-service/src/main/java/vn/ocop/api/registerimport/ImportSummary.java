package vn.ocop.api.registerimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a checked file writes (dry run) or wrote (commit). */
@Schema(name = "ImportSummary")
public record ImportSummary(
        @Schema(example = "18000") int rows,
        @Schema(description = "New producers", example = "9800") int producersCreated,
        @Schema(description = "Rows matching a stored producer (by registration or tax code)", example = "200") int producersMatched,
        @Schema(example = "18000") int productsCreated,
        @Schema(description = "Stored products the file adds certificates to (by product code or producer and name)", example = "0") int productsMatched,
        @Schema(example = "18000") int certificatesCreated,
        @Schema(description = "Certificates already stored for the same product (left as they are)", example = "0") int certificatesUnchanged) {

    static ImportSummary of(RegisterPlan plan) {
        return new ImportSummary(plan.rows, plan.freshProducers().size(), plan.matchedProducers,
                plan.freshProducts().size(), plan.matchedProducts, plan.certificates.size(), plan.unchangedCertificates);
    }
}
