package vn.ocop.api.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.scoring.process.Action;

/**
 * A dossier evaluated in a round, under the rule set that applied on the round's decision day. Once the chair
 * closes the result it is final: the stored engine result, its rule set and numbers never change.
 */
@Entity
@Table(name = "round_dossier")
public class RoundDossier extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    @Column(name = "product_set_code", nullable = false)
    public String productSetCode;

    @Column(name = "final_result", nullable = false)
    public boolean finalResult;

    public BigDecimal average;

    public Integer band;

    public Integer stars;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_action")
    public Action nextAction;

    /** The engine's full result (JSON) as it was when the chair closed it. */
    @Column(name = "result_json")
    public String resultJson;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
