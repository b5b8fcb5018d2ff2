package vn.ocop.api.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dossier's transition table: each step from each status, allowed and refused. */
class DossierStepTest {

    @Test
    void everyStepStartsOnlyFromItsStatuses() {
        for (DossierStep step : DossierStep.values()) {
            for (DossierStatus status : DossierStatus.values()) {
                boolean expected = switch (step) {
                    case EDIT, SUBMIT -> status == DossierStatus.DRAFT || status == DossierStatus.RETURNED;
                    case ASSESS_AT_COMMUNE -> status == DossierStatus.SUBMITTED;
                    case RETURN_FOR_SUPPLEMENT, ADD_TO_ROUND -> EnumSet.of(DossierStatus.SUBMITTED,
                            DossierStatus.COMMUNE_ASSESSED, DossierStatus.SENT_UP).contains(status);
                    case WITHDRAW -> EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED,
                            DossierStatus.COMMUNE_ASSESSED, DossierStatus.RETURNED, DossierStatus.SENT_UP).contains(status);
                    case RECOGNISE, SEND_UP, NOT_RECOGNISE -> status == DossierStatus.UNDER_EVALUATION;
                };
                assertThat(step.allowedFrom(status)).as("%s from %s", step, status).isEqualTo(expected);
            }
        }
    }

    @Test
    void aClosedDossierHasNoStepLeft() {
        for (DossierStatus closed : DossierStatus.CLOSED) {
            assertThat(DossierStep.possibleFrom(closed)).as("from %s", closed).isEmpty();
        }
        // Every open status has a way on (no dossier is stuck).
        for (DossierStatus status : DossierStatus.values()) {
            if (status.open()) {
                assertThat(DossierStep.possibleFrom(status)).as("from %s", status).isNotEmpty();
            }
        }
    }

    @Test
    void editKeepsTheStatusAndEveryOtherStepMovesIt() {
        assertThat(DossierStep.EDIT.target(DossierStatus.RETURNED)).isEqualTo(DossierStatus.RETURNED);
        assertThat(DossierStep.SUBMIT.target(DossierStatus.RETURNED)).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(DossierStep.SEND_UP.target(DossierStatus.UNDER_EVALUATION)).isEqualTo(DossierStatus.SENT_UP);
        assertThat(DossierStep.possibleFrom(DossierStatus.SUBMITTED)).containsExactly(DossierStep.ASSESS_AT_COMMUNE,
                DossierStep.RETURN_FOR_SUPPLEMENT, DossierStep.WITHDRAW, DossierStep.ADD_TO_ROUND);
        assertThat(DossierStep.possibleFrom(DossierStatus.UNDER_EVALUATION)).isEqualTo(List.of(DossierStep.RECOGNISE,
                DossierStep.SEND_UP, DossierStep.NOT_RECOGNISE));
    }
}
