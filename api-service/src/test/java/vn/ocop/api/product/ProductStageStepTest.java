package vn.ocop.api.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ocop.api.common.problem.ApiException;

/** The product's transition table: the workflow's steps and the client's moves, on both sides. */
class ProductStageStepTest {

    @Test
    void aFirstDossierMovesAProductInDevelopmentAndLeavesACertifiedOneAlone() {
        assertThat(ProductStage.Step.DOSSIER_SUBMITTED.from(ProductStage.IN_DEVELOPMENT))
                .isEqualTo(ProductStage.DOSSIER_SUBMITTED);
        assertThat(ProductStage.Step.DOSSIER_SUBMITTED.from(ProductStage.CERTIFIED)).isEqualTo(ProductStage.CERTIFIED);
        assertThat(ProductStage.Step.UNDER_EVALUATION.from(ProductStage.DOSSIER_SUBMITTED))
                .isEqualTo(ProductStage.UNDER_EVALUATION);
        assertThat(ProductStage.Step.UNDER_EVALUATION.from(ProductStage.CERTIFIED)).isEqualTo(ProductStage.CERTIFIED);
    }

    @Test
    void aNewDossierClosedWithoutRecognitionSendsTheProductBackToDevelopment() {
        assertThat(ProductStage.Step.DOSSIER_CLOSED_UNRECOGNISED.from(ProductStage.UNDER_EVALUATION))
                .isEqualTo(ProductStage.IN_DEVELOPMENT);
        assertThat(ProductStage.Step.DOSSIER_CLOSED_UNRECOGNISED.from(ProductStage.DOSSIER_SUBMITTED))
                .isEqualTo(ProductStage.IN_DEVELOPMENT);
        assertThat(ProductStage.Step.DOSSIER_CLOSED_UNRECOGNISED.from(ProductStage.CERTIFIED))
                .isEqualTo(ProductStage.CERTIFIED);
    }

    @Test
    void recognitionCertifiesFromEveryStageAndRevocationOnlyACertifiedProduct() {
        for (ProductStage stage : ProductStage.values()) {
            assertThat(ProductStage.Step.RECOGNISED.from(stage)).isEqualTo(ProductStage.CERTIFIED);
        }
        assertThat(ProductStage.Step.REVOKED.from(ProductStage.CERTIFIED)).isEqualTo(ProductStage.REVOKED);
        assertThat(ProductStage.Step.REVOKED.from(ProductStage.IN_DEVELOPMENT)).isEqualTo(ProductStage.IN_DEVELOPMENT);
    }

    @Test
    void aClientMovesOnlyAmongTheStagesBeforeADossier() {
        assertThat(ProductStage.clientMove(ProductStage.IDEA_REGISTERED, ProductStage.IN_DEVELOPMENT))
                .isEqualTo(ProductStage.IN_DEVELOPMENT);
        assertThat(ProductStage.clientMove(ProductStage.CERTIFIED, ProductStage.CERTIFIED))
                .isEqualTo(ProductStage.CERTIFIED);
        assertThatThrownBy(() -> ProductStage.clientMove(ProductStage.IN_DEVELOPMENT, ProductStage.CERTIFIED))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type().status()).isEqualTo(400));
        assertThatThrownBy(() -> ProductStage.clientMove(ProductStage.CERTIFIED, ProductStage.IN_DEVELOPMENT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type().status()).isEqualTo(409));
    }

    @Test
    void theShownStageFollowsTheCertificatesLastDayInForceOnBothSides() {
        Product product = new Product();
        product.stage = ProductStage.CERTIFIED;
        product.certifiedThrough = java.time.LocalDate.of(2026, 7, 15);
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 7, 15))).isEqualTo(ProductStage.CERTIFIED);
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 7, 16))).isEqualTo(ProductStage.EXPIRED);
        product.certifiedThrough = null;
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 7, 1))).isEqualTo(ProductStage.EXPIRED);
        // Revoked on 20 Aug: certified through the 19th, revoked from the 20th.
        product.stage = ProductStage.REVOKED;
        product.certifiedThrough = java.time.LocalDate.of(2026, 8, 19);
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 8, 19))).isEqualTo(ProductStage.CERTIFIED);
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 8, 20))).isEqualTo(ProductStage.REVOKED);
        // Stages before a certificate never read it.
        product.stage = ProductStage.IN_DEVELOPMENT;
        assertThat(ProductStage.shown(product, java.time.LocalDate.of(2026, 8, 1))).isEqualTo(ProductStage.IN_DEVELOPMENT);
    }
}
