package vn.ocop.api.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.product.Product;
import vn.ocop.scoring.lifecycle.FilingCheck;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.Level;

/**
 * A product's dossier (hồ sơ đánh giá, phân hạng): new, re-evaluation or upgrade, with the rule set it is
 * evaluated under, the producer's self-assessment, the evidence list and the commune's assessment.
 */
@Entity
public class Dossier extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    /** The product id while the dossier is open, null once closed: one open dossier per product (unique). */
    @Column(name = "open_product_id")
    public Long openProductId;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_type", nullable = false)
    public EvaluationType evaluationType;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    /** True when the rule set was named by the filer rather than chosen by the filing date. */
    @Column(name = "rule_set_named", nullable = false)
    public boolean ruleSetNamed;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    /** A re-evaluation's filing against the certificate's window (ON_TIME, LATE, WINDOW_MISSED, NO_WINDOW); else null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "re_evaluation_timing")
    public FilingCheck.Timing reEvaluationTiming;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DossierStatus status;

    /** The level whose queue holds the dossier; null while a draft. */
    @Enumerated(EnumType.STRING)
    @Column(name = "queue_level")
    public Level queueLevel;

    @Column(name = "return_reason")
    public String returnReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_dossier_id")
    public Dossier previousDossier;

    public String note;

    /** Tự đánh giá: criterion code → option code. */
    @ElementCollection
    @CollectionTable(name = "dossier_self_assessment", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "option_code", nullable = false)
    public Map<String, String> selfAssessment = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "dossier_evidence", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    // Commune assessment (đánh giá của UBND xã) of the four items, under 148+1489 and 26/2026.
    @Column(name = "commune_assessed_on")
    public LocalDate communeAssessedOn;

    @Column(name = "commune_assessed_by")
    public String communeAssessedBy;

    /** Nguồn gốc nguyên liệu / sản phẩm tại địa phương. */
    @Column(name = "commune_raw_material")
    public String communeRawMaterial;

    /** Sử dụng lao động địa phương. */
    @Column(name = "commune_local_labour")
    public String communeLocalLabour;

    /** Nguồn gốc ý tưởng sản phẩm. */
    @Column(name = "commune_idea_origin")
    public String communeIdeaOrigin;

    /** Tính đặc trưng, bản địa, tri thức địa phương. */
    @Column(name = "commune_local_identity")
    public String communeLocalIdentity;

    /** The commune's proposal to the province (tờ trình đề nghị). */
    @Column(name = "commune_proposal")
    public String communeProposal;

    /** A new dossier: a draft, holding its product's one-open-dossier marker. */
    public void open() {
        status = DossierStatus.DRAFT;
        openProductId = product.id;
    }

    /**
     * Takes {@code step} from the transition table ({@link DossierStep}) and keeps the one-open-dossier marker in
     * step; a step the table does not allow from the current status is a 409 naming the possible steps.
     */
    public void apply(DossierStep step) {
        require(step);
        status = step.target(status);
        openProductId = status.open() ? product.id : null;
    }

    /**
     * The rule set this dossier is evaluated under on {@code on} (a day before the filing counts as the filing day):
     * the engine's {@link Catalogue#ruleSetForDossier(String, EvaluationType, LocalDate, LocalDate)} by the filing rule
     * set and the evaluation type (26/2026 Điều 12.2: the old rules finish new and upgrade dossiers for 60 days,
     * re-evaluations for 30).
     */
    public RuleSet evaluatedUnder(Catalogue catalogue, LocalDate on) {
        LocalDate day = on.isBefore(filedOn) ? filedOn : on;
        return catalogue.ruleSetForDossier(ruleSetId, evaluationType, filedOn, day);
    }

    /** The same 409 as {@link #apply} when {@code step} is not possible now, without taking it. */
    public void require(DossierStep step) {
        if (!step.allowedFrom(status)) {
            throw ApiException.stateConflict("detail.dossier.step-not-allowed", step, status,
                    DossierStep.possibleFrom(status));
        }
    }
}
