package vn.ocop.api.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.api.common.persistence.VersionedEntity;

/** A council member's score sheet (phiếu chấm điểm) for one dossier in a round: one per member and dossier. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_dossier_id")
    public RoundDossier entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public CouncilMember member;

    /** The member's total as the engine computed it when the sheet was last submitted. */
    @Column(nullable = false)
    public BigDecimal total;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_answer", joinColumns = @JoinColumn(name = "score_sheet_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "option_code", nullable = false)
    public Map<String, String> answers = new LinkedHashMap<>();
}
