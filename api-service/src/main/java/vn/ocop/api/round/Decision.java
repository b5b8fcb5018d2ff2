package vn.ocop.api.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.common.persistence.VersionedEntity;
import vn.ocop.scoring.process.Level;

/** A decision (quyết định) on a final result, with who made it; never changed afterwards. */
@Entity
@Table(name = "evaluation_decision")
public class Decision extends VersionedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_dossier_id")
    public RoundDossier entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind;

    public Integer stars;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_level")
    public Level decidingLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    public Level targetLevel;

    public String reasons;

    @Column(name = "deciding_body")
    public String decidingBody;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
}
